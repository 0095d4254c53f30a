#!/usr/bin/env python3
"""Writes a deterministic corpus of invented multi-agency meeting records for benchmarking.

    scripts/generate-corpus.py OUT_DIR --count N [--seed S] [--per-folder 100]
    scripts/generate-corpus.py --big OUT_FILE --size-mb 50 [--seed S]

Each record is 3-8 KB of markdown in the record dialect (SPEC 2): front matter, bold body fields
or a two-column details table; headings in many house styles; attendees as lists or tables;
actions as bullet, numbered and task lists or tables, owner-first sentences, `Action:` lines,
fields on continuation lines and nested lists; dates and timescales in many forms; some CRLF
files and a byte-order mark now and then; the four meeting types (and a few records with no
recognisable type), with a realistic share of defects (missing apologies, the child's voice not
recorded, vague owners and timescales, no contingency, review overdue or TBC, impossible dates,
jargon, stale or mistyped suppressions, an unclosed front matter or comment).

Every name is invented; children appear by first name or initials.

The same seed and count give byte-identical files: record i depends only on (seed, i), so the
first 1,000 records of a 10,000-record corpus are the 1,000-record corpus. `--big` writes one
large record (a header, then realistic sections repeated from many records) for measuring how
the cost grows with a record's size. Python 3 standard library only.
"""

import argparse
import datetime
import os
import random
import sys

# ---------------------------------------------------------------------------------------------
# Invented vocabulary
# ---------------------------------------------------------------------------------------------

CHILDREN = [
    "Sofia", "Tyler", "Harvey", "Ruby", "Alfie", "Amara", "Leo", "Maya", "Kai", "Isla", "Noah",
    "Zara", "Ellie", "Jayden", "Aisha", "Oscar", "Freya", "Mason", "Lily", "Ethan", "Poppy",
    "Reuben", "Maisie", "Dylan", "Ava", "Caleb", "Nia", "Finley", "Esme", "Jacob", "Imani",
    "Theo", "Skye", "Riley", "Hana", "Callum", "Mia", "Ollie", "Tia", "Bradley", "Leah", "Kian",
    "Summer", "Jude", "Evie", "Rhys", "Nadia", "Logan", "Chloe", "Tomasz",
]
SIBLINGS = ["Leo", "Millie", "Lacey", "Archie", "Rosie", "Jack", "Daisy", "Frankie", "Eden", "Max"]
FIRST = [
    "Jane", "Tom", "Kelly", "Omar", "Priya", "Ravi", "Leanne", "Gary", "Kerry", "Darren", "Sue",
    "Hannah", "Nadia", "Colette", "Stacey", "Liam", "Eleanor", "Hayley", "Josh", "Pat", "Ben",
    "Michelle", "Sam", "Laura", "Carl", "Fiona", "Marcus", "Bridget", "Aled", "Siobhan", "Tariq",
    "Joanne", "Wes", "Claire", "Dev", "Gemma", "Ian", "Yasmin", "Mark", "Helen", "Kwame", "Rachel",
    "Owen", "Beth", "Farah", "Neil", "Lorna", "Adam", "Irene", "Paul",
]
LAST = [
    "Smith", "Reed", "Green", "Aziz", "Shah", "Patel", "Brooks", "Thorne", "Walsh", "Pickering",
    "Lowe", "Rahman", "Baines", "Moore", "Voss", "Burns", "Keane", "Hollis", "Ashdown", "Grant",
    "Okafor", "Jennings", "Webb", "Nair", "Doyle", "Evans", "McCarthy", "Hughes", "Iqbal", "Fenwick",
    "Marsh", "Kowalski", "Adeyemi", "Lund", "Carver", "Dunmore", "Pryce", "Sutcliffe", "Ward",
    "Holt", "Mensah", "Quinn", "Barlow", "Chandra", "Fitch", "Oduya", "Pemberton", "Rowe", "Tate",
]
TOWNS = [
    "Northfield", "Westmoor", "Millbrook", "Brandling", "Eastgate", "Harwick", "Ashby Vale",
    "Kingsmere", "Oakhurst", "Fernley", "Castlebridge", "Redwater", "Hollinsford", "Stanmoor",
]
SCHOOLS = ["Oak Primary School", "St Anne's C of E Primary", "{town} Academy", "{town} Infant School",
           "{town} High School", "Riverside Primary", "Greenfields Junior School", "{town} Nursery"]
# (role, agency template, short agency used in owner sentences)
PROFESSIONALS = [
    ("Class teacher", "{school}", "school"),
    ("Designated Safeguarding Lead", "{school}", "school"),
    ("SENCo", "{school}", "school"),
    ("Pastoral Lead", "{school}", "school"),
    ("Teaching assistant", "{school}", "school"),
    ("Education Welfare Officer", "{town} Council", "education welfare"),
    ("Health Visitor", "{town} Community Health", "health"),
    ("School Nurse", "{town} Community Health", "health"),
    ("Family Support Worker", "{town} Family Hub", "Early Help"),
    ("Early Help Practitioner", "{town} Early Help", "Early Help"),
    ("Social Worker", "{town} Children's Social Care", "social care"),
    ("Senior Practitioner", "{town} Children's Social Care", "social care"),
    ("GP", "{town} Surgery", "GP"),
    ("Mental Health Practitioner", "{town} Child and Adolescent Mental Health Service", "mental health"),
    ("Clinical Psychologist", "Child and Adolescent Mental Health Service", "mental health"),
    ("Speech and Language Therapist", "{town} Community Health", "speech therapy"),
    ("Youth Worker", "{town} Youth Service", "youth service"),
    ("Housing Officer", "{town} Homes", "housing"),
    ("Recovery Worker", "{town} Drug and Alcohol Service", "recovery service"),
    ("Domestic Abuse Advocate", "{town} Women's Aid", "Women's Aid"),
    ("Police Community Support Officer", "{town} Police", "police"),
    ("Midwife", "{town} Maternity Unit", "midwifery"),
]
FAMILY = [("Mum", "mother"), ("Dad", "father"), ("Stepdad", "stepfather"), ("Nan", "maternal grandmother"),
          ("Grandad", "paternal grandfather"), ("Foster carer", "foster carer"), ("Aunt", "aunt")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TYPES = {
    "tac": ["Team Around the Child", "Team Around the Child review", "TAC review", "Team Around the Family (TAF)",
            "TAF review", "Early help meeting", "Early Help Plan review", "Family Help meeting"],
    "cin": ["Child in Need review", "CIN review", "Child in Need meeting", "Child in Need planning meeting",
            "CIN network meeting"],
    "core-group": ["Core group", "Child protection core group", "Core group review", "First core group",
                   "Care team meeting"],
    "professionals": ["Professionals' meeting", "Multi-agency professionals' meeting", "MAPM",
                      "Professionals meeting"],
    "none": ["Pastoral support meeting", "Planning meeting", "Meeting about {child}", "Review"],
}
REVIEW_WEEKS = {"tac": 12, "cin": 12, "core-group": 6, "professionals": 12, "none": 10}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def fmt_date(r, d, style=None):
    """A date in one of the forms records use."""
    style = style if style is not None else r.randrange(11)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 3:
        return d.isoformat()
    if style == 4:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 5:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == 6:
        return f"{WEEKDAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == 7:
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 8:
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == 9:
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year % 100:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def bare(timescale):
    """`by 28/03/2026` as a `By:` field or column value: `28/03/2026`."""
    return timescale[3:] if timescale.startswith("by ") and timescale[3:4].isdigit() else timescale


def after(d, days):
    return d + datetime.timedelta(days=days)


def monday_of(d):
    return d - datetime.timedelta(days=d.weekday())


# ---------------------------------------------------------------------------------------------
# One record
# ---------------------------------------------------------------------------------------------


class Record:
    """Builds one record's lines from its own random stream."""

    def __init__(self, seed, index):
        self.r = random.Random(f"meetinglint-corpus:{seed}:{index}")
        r = self.r
        self.index = index
        weights = [("tac", 34), ("cin", 25), ("core-group", 18), ("professionals", 15), ("none", 8)]
        self.kind = r.choices([k for k, _ in weights], [w for _, w in weights])[0]
        self.child = r.choice(CHILDREN)
        self.initial = self.child[0] + "."
        self.surname_initial = r.choice(LAST)[0] + "."
        self.age = r.randrange(1, 17)
        self.town = r.choice(TOWNS)
        self.school = r.choice(SCHOOLS).format(town=self.town)
        self.date = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(560))
        if self.date.weekday() >= 5:
            self.date = after(self.date, 7 - self.date.weekday())
        self.review = "review" in self.kind or r.random() < 0.5
        self.use_initials = r.random() < 0.2
        self.name = self.initial if self.use_initials else self.child  # how the body names the child
        # Defects: most records have a few, about a quarter are meant to be clean.
        clean = r.random() < 0.25
        rate = 0.0 if clean else 0.12
        self.defects = {d for d in [
            "no-apologies", "no-voice", "vague-owner", "vague-timescale", "no-contingency",
            "review-late", "review-tbc", "impossible-date", "jargon", "plain-language", "no-roles",
            "no-purpose", "no-lead", "disclosure", "bad-suppression", "no-chair", "no-family-views",
            "monitor-only", "vague-contingency", "owner-unknown", "no-siblings", "no-needs", "late-circulation", "no-feedback",
        ] if r.random() < rate}
        if not clean and r.random() < 0.004:
            self.defects.add("unclosed-front-matter")
        if not clean and r.random() < 0.004:
            self.defects.add("unclosed-comment")
        self.crlf = r.random() < 0.07
        self.bom = r.random() < 0.01
        self.heading_style = r.choice(["plain", "plain", "plain", "numbered", "numbered-paren", "section",
                                       "colon", "upper", "bold-line", "mixed"])
        self.details_style = r.choice(["front", "front", "front", "front", "bold", "bold", "bold-colon-out",
                                       "table", "table", "plain"])
        self.number = 0
        self.lines = []
        self._people()

    # --- people -------------------------------------------------------------------------------

    def person_name(self):
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def _people(self):
        r = self.r
        count = r.randrange(3, 8)
        used = set()
        self.pros = []
        for _ in range(count):
            role, agency, short = r.choice(PROFESSIONALS)
            name = self.person_name()
            if name in used:
                continue
            used.add(name)
            title = "Dr " if role in ("GP", "Clinical Psychologist") and r.random() < 0.7 else ""
            self.pros.append({"name": title + name, "role": role,
                              "agency": agency.format(school=self.school, town=self.town), "short": short})
        self.chair = self.pros[0]
        self.minutes = self.pros[1] if len(self.pros) > 1 else self.pros[0]
        self.lead = r.choice(self.pros)
        family_count = 0 if self.kind == "professionals" else r.randrange(1, 3)
        self.family = []
        for _ in range(family_count):
            word, relation = r.choice(FAMILY)
            first = r.choice(FIRST)
            self.family.append({"name": f"{first} {r.choice(LAST)}", "word": word, "relation": relation, "first": first})
        absent = r.randrange(0, 3)
        self.apologies = []
        for _ in range(absent):
            role, agency, short = r.choice(PROFESSIONALS)
            self.apologies.append({"name": self.person_name(), "role": role,
                                   "agency": agency.format(school=self.school, town=self.town), "short": short})
        self.child_attended = self.age >= 10 and r.random() < 0.4

    # --- output helpers -----------------------------------------------------------------------

    def add(self, *lines):
        self.lines.extend(lines)

    def heading(self, text, level=2):
        r = self.r
        style = self.heading_style
        if style == "mixed":
            style = r.choice(["plain", "numbered", "colon", "bold-line"])
        if level == 2:
            self.number += 1
        if level != 2 or style == "plain":
            self.add(f"{'#' * level} {text}")
        elif style == "numbered":
            self.add(f"## {self.number}. {text}")
        elif style == "numbered-paren":
            self.add(f"## {self.number}) {text}")
        elif style == "section":
            self.add(f"## Section {self.number}: {text}")
        elif style == "colon":
            self.add(f"## {text}:")
        elif style == "upper":
            self.add(f"## {text.upper()}")
        else:  # a line that is wholly bold
            self.add(f"**{text}**")

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def para(self, text, width=100):
        """Wraps text at about `width` columns, as an editor would."""
        words = text.split(" ")
        line = ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                self.lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            self.lines.append(line)

    def pro_line(self, p, notes=""):
        r = self.r
        sep = r.choice([" — ", " – ", " - ", ", ", ": "])
        if "no-roles" in self.defects and r.random() < 0.4:
            return f"{p['name']}{notes}"
        return f"{p['name']}{sep}{p['role']}, {p['agency']}{notes}"

    def t(self, text):
        return (text.replace("{child}", self.name).replace("{town}", self.town)
                .replace("{school}", self.school))

    def d(self, days, style=None):
        return fmt_date(self.r, after(self.date, days), style)

    # --- details ------------------------------------------------------------------------------

    def details(self):
        r = self.r
        kind_text = r.choice(TYPES[self.kind]).replace("{child}", self.child)
        if self.review and self.kind != "none" and "review" not in kind_text.lower() and r.random() < 0.5:
            kind_text += " review"
        self.kind_text = kind_text
        self.review = self.review or "review" in kind_text.lower()
        weeks = REVIEW_WEEKS[self.kind]
        if "review-late" in self.defects:
            next_days = weeks * 7 + r.randrange(7, 40)
        else:
            next_days = r.randrange(21, weeks * 7 + 1)
        self.next_date = after(self.date, next_days)
        next_text = "TBC" if "review-tbc" in self.defects else fmt_date(r, self.next_date)
        if r.random() < 0.2 and next_text != "TBC":
            next_text += f", {r.choice(['10:00', '13:30', '15:45', '9:30am', '2pm'])}, {self.school}"
        child_text = (f"{self.initial}{self.surname_initial} ({self.age})" if self.use_initials
                      else f"{self.child} {self.surname_initial} ({self.age})" if r.random() < 0.5
                      else f"{self.child} ({self.age})")
        if r.random() < 0.15:
            child_text += f" and {r.choice(SIBLINGS)} ({r.randrange(1, 12)})"
        fields = []
        if r.random() < 0.3:
            fields.append((r.choice(["title", "Meeting", "Meeting title"]), f"{kind_text} — {self.name}"))
        if self.kind != "none" or r.random() < 0.5:
            fields.append((r.choice(["type", "Type", "Meeting type", "Type of meeting"]), kind_text))
        date_text = fmt_date(r, self.date)
        if "impossible-date" in self.defects and r.random() < 0.3:
            date_text = f"31/02/{self.date.year}"
        fields.append((r.choice(["date", "Date", "Meeting date", "Date of meeting"]), date_text))
        if r.random() < 0.7:
            fields.append((r.choice(["time", "Time", "Start time"]), r.choice(["10:00", "13:30 – 15:00", "9:15am", "16:00"])))
        fields.append((r.choice(["venue", "Venue", "Location", "Where"]), r.choice([self.school, f"{self.town} Family Hub", "Microsoft Teams", f"{self.child}'s home, {self.town}"])))
        fields.append((r.choice(["child", "Child", "Young person", "Child's name", "Child/young person"]), child_text))
        if "no-chair" not in self.defects:
            fields.append((r.choice(["chair", "Chair", "Chaired by"]), f"{self.chair['name']}, {self.chair['role']}"))
            fields.append((r.choice(["minute-taker", "Minutes", "Notes by", "Minute taker", "Note taker"]), f"{self.minutes['name']}, {self.minutes['role']}"))
        if "no-lead" not in self.defects and r.random() < 0.7:
            key = {"cin": "Allocated social worker", "core-group": "Allocated social worker"}.get(self.kind, r.choice(["lead-professional", "Lead professional", "Lead practitioner", "Key worker"]))
            fields.append((key, self.lead["name"]))
            self.lead_in_details = True
        else:
            self.lead_in_details = False
        if self.review:
            fields.append((r.choice(["previous-meeting", "Previous meeting", "Last meeting"]), self.d(-r.randrange(28, 84))))
        fields.append((r.choice(["next-meeting", "Next meeting", "Next review", "Review date", "Date of next meeting"]), next_text))
        if r.random() < 0.6:
            fields.append((r.choice(["circulated", "Date circulated", "Minutes circulated"]),
                           self.d(r.randrange(6, 12) if "late-circulation" in self.defects else r.randrange(1, 5))))

        style = self.details_style
        if "unclosed-front-matter" in self.defects:
            style = "front"
        if style == "front":
            self.add("---")
            for key, value in fields:
                self.add(f"{key.lower().replace(' ', '-') if r.random() < 0.7 else key}: {value}")
            if "unclosed-front-matter" not in self.defects:
                self.add("---")
            self.add(f"# {kind_text} — {self.name}")
            self.blank()
        else:
            self.add(f"# {kind_text} — {self.name}" if r.random() < 0.8 else f"# {self.town} {kind_text}")
            self.blank()
            if style == "table":
                header = r.choice(["| Meeting details | |", "| | |", "| Detail | |"])
                self.add(header, "|---|---|")
                for key, value in fields:
                    self.add(f"| {key.capitalize() if key.islower() else key} | {value} |")
            else:
                for key, value in fields:
                    key = key.replace("-", " ").capitalize() if key.islower() else key
                    if style == "bold":
                        self.add(f"**{key}:** {value}")
                    elif style == "bold-colon-out":
                        self.add(f"**{key}**: {value}")
                    else:
                        self.add(f"{key}: {value}")
                    if style != "plain" and r.random() < 0.3:
                        self.blank()
            self.blank()

    # --- sections -----------------------------------------------------------------------------

    def purpose(self):
        if "no-purpose" in self.defects:
            return
        r = self.r
        self.heading(r.choice(["Purpose", "Purpose of the meeting", "Why are we meeting?", "Reason for the meeting", "Aims"]))
        self.para(self.t(r.choice([
            "To agree a plan of support for {child} after worries about attendance, sleep and arguments at home were raised by {school}.",
            "To review {child}'s plan, agreed at the last meeting because of worries about the home conditions, {child}'s speech and attendance.",
            "To share information between agencies about {child} and agree who will do what over the next few weeks.",
            "The first meeting since the initial conference. The group will turn the outline plan into a detailed plan and agree who will do what.",
            "To look at what has changed for {child} since the plan started and decide whether the plan should continue, change or end.",
        ])))
        self.blank()

    def attendance(self):
        r = self.r
        combined = r.random() < 0.2 and "no-apologies" not in self.defects
        table = r.random() < 0.3
        heading = r.choice(["Attendance and apologies", "Attendance / Apologies", "Attendance & apologies"]) if combined \
            else r.choice(["Attendees", "Attendance", "Present", "Those present", "In attendance", "Who attended", "Participants"])
        self.heading(heading)
        notes_pool = ["", "", "", " (by phone)", " (left at 11:00)", " (first 20 minutes)", " (via Teams)"]
        if table:
            cols = r.choice([("Name", "Role", "Agency", "Attended"), ("Name", "Role", "Organisation"),
                             ("Attendee", "Job title", "Service", "Present?")])
            self.add("| " + " | ".join(cols) + " |", "|" + "---|" * len(cols))
            rows = []
            for i, p in enumerate(self.pros):
                role = p["role"] + (" (chair)" if i == 0 else " (minutes)" if p is self.minutes else "")
                rows.append([p["name"], role, p["agency"], "Yes"])
            for f in self.family:
                rows.append([f["name"], f["word"], "", "Yes"])
            if self.child_attended:
                rows.append([self.name, "Young person", "", "Yes"])
            if len(cols) == 4:
                for a in self.apologies:
                    rows.append([a["name"], a["role"], a["agency"], r.choice(["No", "Apologies", "Did not attend"])])
            for row in rows:
                self.add("| " + " | ".join(row[:len(cols)]) + " |")
        else:
            bullet = r.choice(["- ", "* ", "- ", ""])
            for i, p in enumerate(self.pros):
                note = " (chair)" if i == 0 else " (minutes)" if p is self.minutes else r.choice(notes_pool)
                self.add(bullet + self.pro_line(p, note))
            for f in self.family:
                self.add(bullet + f"{f['name']}{r.choice([' — ', ' - ', ', '])}{self.name}'s {f['word'].lower()}")
            if self.child_attended:
                self.add(bullet + f"{self.name} (young person, first 30 minutes)")
        self.blank()
        if combined:
            if table and len(cols) == 4:
                return
            if r.random() < 0.5:
                self.add(f"**Apologies:** {'None' if not self.apologies else '; '.join(a['name'] + ', ' + a['role'] for a in self.apologies)}")
            else:
                self.add("Apologies:")
                self.blank()
                for a in self.apologies or [None]:
                    self.add("- None" if a is None else "- " + self.pro_line(a))
            self.blank()
            return
        if "no-apologies" in self.defects:
            return
        if r.random() < 0.15:
            self.add(f"**Apologies:** {'None' if not self.apologies else ', '.join(a['name'] for a in self.apologies)}")
            self.blank()
            return
        self.heading(r.choice(["Apologies", "Apologies for absence", "Unable to attend", "Invited but not present"]))
        if not self.apologies:
            self.add(r.choice(["None", "None — everyone invited attended.", "No apologies", "Nil"]))
        for a in self.apologies:
            self.add("- " + self.pro_line(a, r.choice(["", " (report sent)", " (sick)", " (on leave)"])))
        self.blank()

    def voice(self):
        r = self.r
        if "no-voice" in self.defects and r.random() < 0.5:
            return
        self.heading(r.choice([f"What {self.name} told us", f"{self.name}'s views", "Voice of the child", "Child's views",
                               "Wishes and feelings", "Child's voice", "Views of the child", "Young person's views"]))
        if "no-voice" in self.defects:
            self.add(r.choice(["Not discussed.", "N/A", "See previous minutes."]))
            self.blank()
            return
        worker = r.choice(self.pros)["name"]
        if self.child_attended:
            text = self.t(r.choice([
                "{child} said the library at lunchtime \"is the only time I can breathe at school\". {child} still feels sick on Sunday nights thinking about Monday and wants to move maths groups.",
                "{child} came to the first part of the meeting and said school is \"better now\" because of the quiet space, but that mornings at home are \"still rubbish\" when there is no food for breakfast.",
            ]))
        else:
            text = self.t(r.choice([
                f"{{child}} did not come to the meeting. {worker} saw {{child}} in school on {self.d(-r.randrange(2, 10))} and they did the three houses together. "
                "{child} put \"my friends\" and \"football with Dad\" in the house of good things, and \"shouting at night\" in the house of worries.",
                f"{worker} visited {{child}} at home on {self.d(-r.randrange(2, 10))}. {{child}} was chatty, showed {worker} their bedroom and said they want \"the arguing to stop\" and to see Nan more.",
                "{child} is too young to give views in words. At the home visit {child} was clean and dressed, babbled and pointed at toys, and went to Mum for comfort when a stranger came in.",
                f"{worker} saw {{child}} on their own at school on {self.d(-r.randrange(2, 10))}. {{child}} said the library at lunchtime \"is the only time I can breathe at school\" and wants to move maths groups.",
            ]))
        self.para(text)
        self.blank()
        if r.random() < 0.5:
            self.para(self.t(r.choice([
                "{child} was asked what would make things better and said \"if Mum and Dad stopped arguing and I could have my own room\". {child} chose a smiley face for school and a sad face for bedtime.",
                "{child} agreed that the worker could share the drawing with the meeting. {child} wants to keep going to the lunchtime club and does not want to change school.",
                "When asked who they would talk to if they were worried, {child} named their teacher and Nan. {child} said they do not like it when the police come to the house.",
            ])))
            self.blank()

    def family_views(self):
        r = self.r
        if "no-family-views" in self.defects or not self.family:
            return
        self.heading(r.choice(["Parents' views", "Parent/carer views", "Family's views", "Parents' and carers' views"]))
        f = self.family[0]
        self.para(self.t(r.choice([
            f"{f['first']} said the mornings are hard because she starts work at 7:00. She is pleased {{child}} has made friends and wants help with a bedtime routine.",
            f"{f['first']} said the house is \"much better\" and feels the family is being judged. {f['first']} wants the social worker to \"see how far we've come\".",
            f"{f['first']} accepts that {{child}} has been late for school and that there have not always been clean clothes, and wants to show things can change.",
            f"{f['first']} agreed with the plan but is worried about the waiting list and asked for help in the meantime.",
        ])))
        self.blank()

    def siblings(self):
        r = self.r
        if "no-siblings" in self.defects:
            return
        self.heading(r.choice(["Siblings", "Other children in the household", "Other children"]))
        sib = r.choice(SIBLINGS)
        if r.random() < 0.3:
            self.add(self.t("{child} is an only child and there are no other children in the household."))
            self.blank()
            return
        self.para(self.t(f"{{child}} lives with {sib} ({r.randrange(1, 15)}), who attends {r.choice(SCHOOLS).format(town=self.town)}. {sib} is not open to any service; the family say {sib} copes well."))
        self.blank()

    def updates(self, count):
        r = self.r
        self.heading(r.choice(["Agency updates", "Updates", "Information shared", "Significant events"]))
        for _ in range(count):
            p = r.choice(self.pros)
            label = r.choice([p["short"].capitalize(), p["role"], p["agency"]])
            body = self.t(r.choice([
                "{child}'s attendance is {a}% this term, up from {b}%. {child} is more settled in class and has joined the lunchtime club.",
                "{child} has been to {a2} of {b2} sessions. The worker showed the family a game to use at home; they have not had time to try it yet.",
                "A home visit was made on {d}. The kitchen and {child}'s bedroom were clean and there was food in the fridge. The bathroom still needs repair.",
                "{child} has been seen about sleep. The family were given a bedtime chart and advice about screens in the evening.",
                "There have been {a2} police call-outs to the address since the last meeting, the last on {d}. No one was arrested; {child} was asleep upstairs.",
                "The referral to the housing team was accepted on {d}; the family are band B and waiting for an offer.",
                "{child} has had {a2} late marks and two days off sick. The school is using a daily check-in with a trusted adult.",
                "Mum has started the parenting course and has been to {a2} sessions; the facilitator says she joins in and has tried the ideas at home.",
                "{child} was seen for the 2-year review on {d}. Weight is on the 25th centile and development is in the expected range except for speech, which is a little behind.",
                "The family were given a food bank voucher on {d} and have applied for help with the gas bill. Mum says money is \"really tight\" since the benefits change.",
                "{child} was excluded for one day on {d} after throwing a chair in class. Since then a reduced timetable has been agreed until half term, with a review every two weeks.",
                "The recovery worker has seen Dad {a2} times. He gives a breath test at each session; all have been clear since {d}. He has started the day programme.",
                "Nan has been collecting {child} from school on Tuesdays and Thursdays, which the school says has helped with punctuality on those days.",
                "{child} has started sessions with the youth worker and went on the climbing trip on {d}. The youth worker says {child} was quiet at first but joined in by the end.",
                "The midwife saw Mum on {d}. The baby is due in {month}; Mum has been to every antenatal appointment and the cot and pram have been delivered.",
                "Housing have inspected the flat and agreed the damp is a category 1 hazard. Work is booked for the week of {d}; the family will stay with Nan while it is done.",
            ]).replace("{a}", str(r.randrange(70, 99))).replace("{b}", str(r.randrange(55, 85)))
                .replace("{a2}", str(r.randrange(1, 6))).replace("{b2}", str(r.randrange(6, 9)))
                .replace("{d}", self.d(-r.randrange(3, 40))).replace("{month}", MONTHS[(self.date.month + 2) % 12]))
            if "jargon" in self.defects and r.random() < 0.5:
                body += " " + r.choice(["The DSL will discuss with the EWO.", "A referral to CAMHS and an EHA are in progress.",
                                        "The SW will update the ICPC report.", "SALT and the HV agree."])
            if "plain-language" in self.defects and r.random() < 0.3:
                body += " There is some concern about disguised compliance."
            if r.random() < 0.5:
                self.para(f"{label}: {body}")
            else:
                self.add(f"**{label}**")
                self.para(body)
            if r.random() < 0.1:
                # An action recorded where it came up, outside the actions section.
                self.add(f"Action: {self.owner()} to {self.task()} {self.timescale()}.")
            self.blank()
        if "disclosure" in self.defects:
            self.para(self.t("{child} told the teaching assistant on Monday that Dad's new partner hit them with a belt. The group agreed this is a new safeguarding concern."))
            self.blank()

    def strengths_risks(self):
        r = self.r
        self.heading(r.choice(["What's working well", "Strengths", "Strengths and protective factors"]))
        for s in r.sample([
            "{child} has not missed a mentoring session since the last meeting.",
            "{child} and Mum have agreed house rules together and both say there are fewer arguments.",
            "{child} is doing well in art and science.",
            "Nan lives two streets away and has had the children overnight when asked.",
            "The family have kept every appointment with the family support worker.",
            "{child} has a trusted adult at school and goes to them when upset.",
        ], r.randrange(2, 4)):
            self.add("- " + self.t(s))
        self.blank()
        self.heading(r.choice(["What are we worried about", "Worries", "Risks", "Concerns"]))
        for s in r.sample([
            "Attendance this term is 81%; {child} misses most Mondays.",
            "{child} is still waiting for an appointment, 10 weeks after referral.",
            "The damp in {child}'s bedroom has not been fixed and {child} sleeps on the sofa.",
            "{child} has come to school hungry on several days.",
            "Dad's drinking has increased since he lost his job.",
            "There have been arguments at home that {child} hears at night.",
        ], r.randrange(2, 4)):
            self.add("- " + self.t(s))
        self.blank()
        if "no-needs" in self.defects:
            return
        self.heading(r.choice(["What needs to change", "Needs", "Identified needs", "Needs and goals"]))
        for s in r.sample([
            "{child} needs a settled bedtime and to arrive in school by 8:50 every day.",
            "{child} needs a clean, safe home and clean clothes every day.",
            "{child} needs help with worries about school before they become a reason to stay at home.",
            "{child} needs an adult who is sober and able to care for them every evening.",
            "{child} needs speech practice at home as well as at school.",
        ], r.randrange(1, 3)):
            self.add("- " + self.t(s))
        self.blank()

    # --- actions ------------------------------------------------------------------------------

    TASKS = [
        "refer {child} to the school counselling service",
        "make a referral to the housing team about the damp in {child}'s room",
        "visit the family at home to help set up a morning routine",
        "book an appointment with the GP about {child}'s sleep",
        "attend the parenting course at {town} Family Hub",
        "apply for free school meals and the holiday activities programme",
        "set up a quiet space for {child} at lunchtime",
        "send Mum {child}'s attendance figures",
        "do direct work with {child} using the three houses and share it with the group",
        "chase the waiting list for {child}'s first appointment",
        "complete the referral to speech and language therapy",
        "write to the landlord about the broken bathroom window",
        "explain the plan to {child} with pictures",
        "arrange a breakfast club place for {child}",
        "ask {child}'s GP to review the asthma plan",
    ]
    VAGUE_TASKS = ["monitor {child}'s attendance", "support Mum", "keep an eye on things at home", "continue to offer support"]
    OUTCOMES = ["{child} attends at least 9 days in every 10", "An appointment date is known and shared with Mum",
                "{child} says they feel less worried at school", "A date for the repair is agreed",
                "Attendance above 95% by the review", "Referral accepted", "The routine chart is used every night"]

    def timescale(self):
        r = self.r
        if "vague-timescale" in self.defects and r.random() < 0.5:
            return r.choice(["ASAP", "ongoing", "TBC", "as and when", "end of term", "as soon as possible"])
        if "impossible-date" in self.defects and r.random() < 0.3:
            return f"by 31/02/{self.date.year}"
        k = r.randrange(12)
        if k < 4:
            return "by " + self.d(r.randrange(7, 50))
        if k == 4:
            return f"within {r.randrange(1, 7)} weeks"
        if k == 5:
            return f"in {r.randrange(2, 15)} working days"
        if k == 6:
            return f"{r.choice([1, 2, 4, 6])}/52"
        if k == 7:
            return r.choice(["weekly", "fortnightly", "every Tuesday", "daily", "monthly"])
        if k == 8:
            wc = monday_of(after(self.date, r.randrange(7, 40)))
            return f"{r.choice(['w/c', 'w/b'])} {wc.day} {MONTHS[wc.month - 1]}"
        if k == 9:
            return "by the next meeting"
        if k == 10:
            return r.choice(["today", "by the end of the week", "within 48 hours"])
        return self.d(r.randrange(7, 50), style=r.choice([0, 3, 4, 6]))

    def owner(self):
        r = self.r
        if "vague-owner" in self.defects and r.random() < 0.4:
            return r.choice(["All agencies", "All professionals", "TBC", "Everyone", "School"])
        if "owner-unknown" in self.defects and r.random() < 0.3:
            return self.person_name()
        k = r.randrange(10)
        if k < 6 or not self.family:
            p = r.choice(self.pros)
            return p["name"] + (f" ({p['short']})" if r.random() < 0.3 else "")
        if k < 8:
            return self.family[0]["word"]
        return self.family[0]["name"]

    def task(self):
        r = self.r
        pool = self.VAGUE_TASKS if "monitor-only" in self.defects and r.random() < 0.4 else self.TASKS
        return self.t(r.choice(pool))

    def actions(self, count):
        r = self.r
        self.heading(r.choice(["Actions", "Action plan", "Agreed actions", "SMART plan", "What needs to happen", "Next steps", "Plan"]))
        form = r.choice(["sentence", "sentence", "numbered", "task", "table", "table", "fields", "nested", "semicolon", "action-lines"])
        if form == "table":
            cols = r.choice([("Action", "Who", "By when", "Outcome"), ("What needs to happen", "Who will do it?", "By when", "How will we know?"),
                             ("Action", "Lead", "Timescale"), ("Task", "Owner", "Due", "Success measure")])
            self.add("| " + " | ".join(cols) + " |", "|" + "---|" * len(cols))
            for _ in range(count):
                task = self.task()
                row = [task[0].upper() + task[1:], self.owner(), bare(self.timescale()), self.t(r.choice(self.OUTCOMES))]
                self.add("| " + " | ".join(row[:len(cols)]) + " |")
            self.blank()
            return
        for i in range(count):
            owner, task, when = self.owner(), self.task(), self.timescale()
            sentence = f"{owner} to {task} {when}."
            if form == "sentence":
                self.para(f"- {sentence}")
                if r.random() < 0.2:
                    self.add(f"  Outcome: {self.t(r.choice(self.OUTCOMES))}.")
            elif form == "numbered":
                self.para(f"{i + 1}. {sentence}")
            elif form == "task":
                self.add(f"- [{'x' if r.random() < 0.2 else ' '}] {sentence}")
            elif form == "fields":
                self.add(f"- {task[0].upper()}{task[1:]}", f"  {r.choice(['Owner', 'Who', 'Lead'])}: {owner}",
                         f"  {r.choice(['By', 'By when', 'When', 'Due', 'Timescale'])}: {bare(when)}")
                if r.random() < 0.5:
                    self.add(f"  {r.choice(['Outcome', 'Measure', 'How we will know'])}: {self.t(r.choice(self.OUTCOMES))}")
            elif form == "nested":
                self.add(f"{i + 1}. {task[0].upper()}{task[1:]}", f"   - Who: {owner}", f"   - By when: {bare(when)}")
                if r.random() < 0.3:
                    self.add("   - Steps:", f"     - Phone {r.choice(['Mum', 'the school', 'the GP'])} first", "     - Confirm in writing")
            elif form == "semicolon":
                self.add(f"- {task[0].upper()}{task[1:]}; Owner: {owner}; By: {bare(when)}")
            else:
                self.add(f"Action: {sentence}")
                self.blank()
        self.blank()
        if "bad-suppression" in self.defects:
            self.add(r.choice(["<!-- meetinglint-disable-next-line action-ownr -- agreed by chair -->",
                               "<!-- meetinglint-disable siblings -- only child -->",
                               "<!-- meetinglint-disable-file jargon -- glossary circulated separately -->"]))
            self.blank()

    def previous_actions(self):
        r = self.r
        if not self.review:
            return
        self.heading(r.choice(["Review of previous actions", "Progress on actions", "Actions from last meeting", "Matters arising"]))
        statuses = ["Done", "Completed", "Not done: carried forward", "Partly done", "Outstanding", "Ongoing", "Achieved"]
        if r.random() < 0.5:
            self.add("| Action | Who | Status |", "|---|---|---|")
            for _ in range(r.randrange(2, 5)):
                task = self.task()
                self.add(f"| {task[0].upper()}{task[1:]} | {self.owner()} | {r.choice(statuses)} |")
        else:
            for _ in range(r.randrange(2, 5)):
                mark = r.choice(["[x] ", "[ ] ", ""])
                status = "" if mark else " — " + r.choice(statuses)
                self.add(f"- {mark}{self.owner()} to {self.task()}{status}")
        self.blank()

    def contingency(self):
        r = self.r
        if "no-contingency" in self.defects:
            return
        self.heading(r.choice(["Contingency plan", "Contingency", "If the plan is not working", "Contingency arrangements"]))
        if "vague-contingency" in self.defects:
            self.add(r.choice(["Escalate if needed.", "To be discussed at the next meeting.", "Step up to social care if required."]))
        else:
            self.para(self.t(f"If {{child}} is late more than twice in a week, {self.chair['name']} will phone the family the same day and "
                             f"{r.choice(self.pros)['name']} will visit within 2 days to agree extra help. If things do not improve by "
                             f"{self.d(r.randrange(20, 40))}, the lead professional will ask social care to consider more help for the family."))
        self.blank()

    def closing(self):
        r = self.r
        if not self.lead_in_details and "no-lead" not in self.defects:
            self.heading(r.choice(["Lead professional", "Lead practitioner"]))
            self.add(f"{self.lead['name']}, agreed with the family.")
            self.blank()
        if r.random() < 0.8:
            self.heading(r.choice(["Information sharing", "Consent and information sharing", "Consent"]))
            self.para("The family consented to this record being shared with everyone present and with the GP.")
            self.blank()
        if "no-feedback" not in self.defects and (not self.child_attended or not self.family or r.random() < 0.3):
            self.heading(r.choice(["Feedback to the family", "Feedback to parents", "Informing the family"]))
            self.para(self.t(f"{self.lead['name']} will explain the plan to {{child}} by {self.d(r.randrange(3, 10))}, using pictures"
                             + (", and will phone the parents the same day." if not self.family else ".")))
            self.blank()
        if self.kind == "professionals" and r.random() < 0.85:
            self.add(r.choice(["**Family Group Conference:** considered; Mum will be offered a referral at the next home visit.",
                               "Family Group Conference: not appropriate until the assessment is complete.",
                               "**FGC:** agreed; the lead professional will make the referral."]))
            self.blank()
        if r.random() < 0.6:
            self.heading(r.choice(["Next meeting", "Next review", "Date of next meeting"]))
            self.add(fmt_date(r, self.next_date) + r.choice(["", " at 10:00", ", same venue"]))
            self.blank()
        self.heading(r.choice(["Distribution", "Circulation", "Copies to"]))
        self.add(r.choice(["Everyone present and the family, by secure email within 5 working days.",
                           "To all invited, by secure email within 5 working days.",
                           "All attendees and apologies by secure email, and the family by post, within 5 working days."]
                          if "late-circulation" not in self.defects else ["To all invited, by secure email."]))
        if "unclosed-comment" in self.defects:
            self.blank()
            self.add("<!-- draft: check the actions with the chair before sending")

    def build(self, target):
        """The record's text: sections, then agency updates added until it is about `target` bytes."""
        self.details()
        self.purpose()
        self.attendance()
        self.previous_actions()
        self.voice()
        self.family_views()
        self.siblings()
        start = len(self.lines)
        self.updates(self.r.randrange(1, 3))
        updates = self.lines[start:]
        del self.lines[start:]
        self.strengths_risks()
        self.actions(self.r.randrange(3, 8))
        self.contingency()
        self.closing()
        head = self.lines[:start]
        tail = self.lines[start:]
        # Grow the updates section until the record is about the target size.
        size = sum(len(line) + 1 for line in head + tail + updates)
        self.lines = []
        while size < target:
            before = len(self.lines)
            self.updates(1)
            extra = self.lines[before + 1:]  # without the section heading
            del self.lines[before:]
            self.number -= 1
            added = sum(len(line) + 1 for line in extra)
            if size + added > 8000:
                break
            updates.extend(extra)
            size += added
        return head + updates + tail


def render(lines, crlf=False, bom=False):
    text = ("\r\n" if crlf else "\n").join(lines).rstrip("\r\n") + ("\r\n" if crlf else "\n")
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def record_bytes(seed, index):
    rec = Record(seed, index)
    target = int(rec.r.triangular(3000, 7900, 4200))
    lines = rec.build(target)
    data = render(lines, rec.crlf, rec.bom)
    return rec, data


def file_name(rec, index):
    slug = {"tac": "tac", "cin": "cin", "core-group": "core-group", "professionals": "professionals", "none": "meeting"}[rec.kind]
    who = rec.initial.rstrip(".").lower() if rec.use_initials else rec.child.lower()
    return f"{rec.date.isoformat()}-{slug}-{who}-{index:06d}.md"


def write_corpus(out, count, seed, per_folder):
    os.makedirs(out, exist_ok=True)
    total = 0
    areas = ["north", "south", "east", "west", "central"]
    for index in range(count):
        rec, data = record_bytes(seed, index)
        folder_number = index // per_folder
        area = areas[folder_number % len(areas)]
        folder = os.path.join(out, area, f"batch-{folder_number:04d}")
        if index % per_folder == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, file_name(rec, index)), "wb") as handle:
            handle.write(data)
        total += len(data)
    return total


def write_big(path, size_mb, seed):
    """One large record: one header, then the body sections of many records, until size_mb MB."""
    limit = int(size_mb * 1_000_000)
    rec, data = record_bytes(seed, 0)
    total = 0
    with open(path, "wb") as handle:
        handle.write(data)
        total += len(data)
        index = 1
        while total < limit:
            rec, data = record_bytes(seed, index)
            text = data.decode("utf-8-sig").replace("\r\n", "\n")
            # Keep only the body: drop any front matter, title and details table/lines.
            lines = text.split("\n")
            body_start = next((i for i, line in enumerate(lines) if i > 0 and (line.startswith("## ") or line.startswith("**"))
                               and not line.startswith("**Date") and ":**" not in line and "**:" not in line), 0)
            chunk = ("\n".join(lines[body_start:]).rstrip("\n") + "\n\n").encode("utf-8")
            chunk = chunk.replace(b"<!-- draft:", b"Draft:")  # no unclosed comment mid-file
            handle.write(chunk)
            total += len(chunk)
            index += 1
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", help="folder to write the corpus into")
    parser.add_argument("--count", type=int, default=1000, help="number of records (default 1000)")
    parser.add_argument("--seed", default="1", help="seed (default 1)")
    parser.add_argument("--per-folder", type=int, default=100, help="records per folder (default 100)")
    parser.add_argument("--big", metavar="FILE", help="write one large record to FILE instead")
    parser.add_argument("--size-mb", type=float, default=50, help="size of the --big record in MB (default 50)")
    args = parser.parse_args()
    if args.big:
        total = write_big(args.big, args.size_mb, args.seed)
        print(f"wrote {args.big}: {total / 1e6:.1f} MB", file=sys.stderr)
        return
    if not args.out:
        parser.error("give an output folder or --big FILE")
    total = write_corpus(args.out, args.count, args.seed, args.per_folder)
    print(f"wrote {args.count} records, {total / 1e6:.1f} MB, into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

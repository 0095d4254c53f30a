#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import MeetingLintCore

// The command line lives in MeetingLintCore's Runner so that tests can drive it.
exit(Runner().run(Array(CommandLine.arguments.dropFirst())).rawValue)

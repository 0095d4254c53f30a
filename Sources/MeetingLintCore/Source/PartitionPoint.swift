extension Array {
    /// The index of the first element for which `isBefore` is false, or `count`, by a binary
    /// search: the elements must be ordered so that `isBefore` holds for a prefix of them and for
    /// none after it (a lower bound, when `isBefore` is "less than the value sought").
    @inline(__always)
    func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}


extension StackedEntriesTests {
    /// Values set beside the last line of their labels (bottom-aligned, as some scans are):
    /// where entries start cannot be told from them, so the row stays whole.
    @Test func valuesBesideTheLabelsLastLineDoNotSplit() throws {
        let t = try table([
            (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Meningkatnya produksi"]),
            (1, 2, 1, 1, ["1.1 Angka calving interval", "sapi potong di UPTD", "1.2 Persentase pemurnian", "sapi pasundan"]),
            (1, 3, 1, 1, ["", "16", "", "40"]),
        ])
        #expect(t.rows.count == 1)
    }
}

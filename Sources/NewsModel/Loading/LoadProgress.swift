/// How far a load has got, for progress display on long loads.
public struct LoadProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int

    /// Progress after `filesDone` of `filesTotal` files and `bytesDone` bytes of text.
    public init(filesDone: Int, filesTotal: Int, bytesDone: Int) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
    }
}

import Foundation

/// Checks on a store file before SQLite opens it for writing, so that a file that is not a store,
/// or a damaged one, is refused without being touched.
enum StoreFile {
    /// Runs `body` holding an exclusive lock on the store file, creating the file (mode 0600) and its
    /// directory when absent. `body` learns whether the store is new (the file was absent or empty).
    ///
    /// The lock is `flock(2)`, which on Linux and the BSDs is separate from SQLite's `fcntl` locks: it
    /// only makes processes that open the same new store at once create and seed it one at a time.
    static func withCreationLock<T>(
        _ path: String, _ body: (_ isNew: Bool) throws(StoreError) -> T
    ) throws(StoreError) -> T {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError(
                .cannotOpen, "\(path) is a directory; give the path of a store file, e.g. \(path)/beredskap.sqlite")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !manager.fileExists(atPath: directory) {
            do {
                try manager.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError(
                    .cannotOpen, "cannot create the directory \(directory) for the store: \(reason(error))")
            }
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError(
                .cannotOpen, "cannot open the store \(path) for writing: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        defer { flock(descriptor, LOCK_UN) }
        var status = stat()
        fstat(descriptor, &status)
        let size = Int(status.st_size)
        if size > 0 {
            try checkHeader(path, size: size)
        } else {
            fchmod(descriptor, 0o600)  // a new store holds names and phone numbers
        }
        return try body(size == 0)
    }

    /// Refuses a file that is not an SQLite database, or one shorter than its header says.
    static func checkHeader(_ path: String, size: Int) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.cannotOpen, "cannot read the store \(path): \(String(cString: strerror(errno)))")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let magic = Array("SQLite format 3\u{0}".utf8)
        guard header.count >= 100, Array(header[0..<16]) == magic else {
            throw StoreError(
                .notADatabase,
                "\(path) is not a Beredskap store (not an SQLite database); it was not changed. "
                    + "Give another --store path, or move the file away to create a new store there.")
        }
        func integer(_ offset: Int) -> Int {
            header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pageCount = integer(28)
        let headerCountIsValid = integer(92) == integer(24)
        if pageSize < 512 || size % pageSize != 0
            || (headerCountIsValid && pageCount > 0 && size < pageSize * pageCount)
        {
            throw StoreError(
                .damaged,
                "\(path) is damaged: the file is \(size) bytes but its header describes \(pageSize * max(pageCount, 1)) "
                    + "(it was truncated); it was not changed. Restore it from a backup, or try "
                    + "`sqlite3 \(path) .recover > recovered.sql`.")
        }
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

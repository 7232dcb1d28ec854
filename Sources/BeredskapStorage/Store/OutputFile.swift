import Foundation

/// A file a command writes its result to (`--out FILE`, the shell's `.output` and `.once`): never
/// one of the store's own files, and never left half-written.
///
/// A regular file is written beside its final name, flushed to disk and then renamed over it, so a
/// full disk or a killed process leaves the previous file (or none), not a truncated one. A device
/// or a pipe (`/dev/stdout`, a FIFO) is written directly. Every write error is reported.
///
/// ```swift
/// try OutputFile.write(html, to: "uppfoljning.html", protecting: store.location)
/// ```
public enum OutputFile {
    /// Writes `text` to `path`, replacing the file as one step.
    ///
    /// - Parameters:
    ///   - text: What to write.
    ///   - path: The file to write; created when absent, keeping its mode when present.
    ///   - store: The store whose files must not be overwritten.
    /// - Throws: ``StoreError`` with code ``StoreError/Code/outputIsStore`` when `path` is the store or
    ///   one of its companion files (compared by device and inode, so another name for the same file
    ///   is refused too), ``StoreError/Code/cannotWrite`` when writing fails; the file is then as it
    ///   was.
    public static func write(_ text: String, to path: String, protecting store: StoreLocation) throws(StoreError) {
        try refuseStoreFile(path, store: store)
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            let stream = try ResultFileStream(path: path, protecting: store)
            try stream.write(text)
            try stream.close()
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        var template = Array(
            ((directory.isEmpty ? "." : directory) + "/." + (path as NSString).lastPathComponent + ".XXXXXX")
                .utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw cannotWrite(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        let stream = ResultFileStream(descriptor: descriptor, path: path)
        fchmod(descriptor, stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o666 & ~currentUmask())
        try stream.write(text)
        guard fsync(descriptor) == 0 else { throw cannotWrite(path) }
        try stream.close()
        guard rename(temporary, path) == 0 else { throw cannotWrite(path) }
        renamed = true
    }

    /// Refuses `path` when it is the store's database, its `-wal`, `-shm` or `-journal` file or its
    /// lock file, under any name.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/outputIsStore``.
    public static func refuseStoreFile(_ path: String, store: StoreLocation) throws(StoreError) {
        guard case .file(let storePath) = store else { return }
        // By inode for a file that exists under any name; by name for a companion SQLite has not
        // created yet (a file called STORE-wal would be read as the store's log).
        let target = StoreFile.Identity(path)
        let name = canonicalName(path)
        for file in StoreFile.companionPaths(storePath)
        where (target != nil && StoreFile.Identity(file) == target) || canonicalName(file) == name {
            throw StoreError(
                .outputIsStore,
                "\(path) is \(file == storePath ? "the store" : "a file of the store \(storePath)") "
                    + "and would be overwritten; nothing was written. Give another file name.")
        }
    }

    /// The path with its directory resolved (symbolic links, `..`), for comparing names of files
    /// that may not exist.
    static func canonicalName(_ path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let resolved = realpath(directory.isEmpty ? "." : directory, nil)
        defer { free(resolved) }
        let base = resolved.map { String(cString: $0) } ?? directory
        return base + "/" + (path as NSString).lastPathComponent
    }

    static func cannotWrite(_ path: String, _ code: Int32 = errno) -> StoreError {
        StoreError(.cannotWrite, "cannot write \(path): \(String(cString: strerror(code)))")
    }

    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// An output file written piece by piece, as the shell's `.output FILE` writes every result after
/// it; each write reports its error.
public final class ResultFileStream {
    let descriptor: Int32
    /// The name the file was opened by, for messages.
    public let path: String
    private var isClosed = false

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Opens `path` for writing, truncating it.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/outputIsStore`` for a file of the store,
    ///   ``StoreError/Code/cannotWrite`` when it cannot be opened.
    public convenience init(path: String, protecting store: StoreLocation) throws(StoreError) {
        try OutputFile.refuseStoreFile(path, store: store)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputFile.cannotWrite(path) }
        self.init(descriptor: descriptor, path: path)
    }

    /// Writes all of `text`.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/cannotWrite`` (a full disk, say).
    public func write(_ text: String) throws(StoreError) {
        if let code = Self.writeAll(text, to: descriptor) { throw OutputFile.cannotWrite(path, code) }
    }

    /// Closes the file, reporting an error the file system kept until then.
    public func close() throws(StoreError) {
        guard !isClosed else { return }
        isClosed = true
        if Glibc.close(descriptor) != 0 { throw OutputFile.cannotWrite(path) }
    }

    deinit { if !isClosed { Glibc.close(descriptor) } }

    /// Writes all of `text` to `descriptor`, retrying short writes and interruptions; returns the
    /// `errno` of a failure.
    public static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

import Foundation

/// What the store does around SQLite with a store's files: their directory, their modes, the lock
/// that serialises creating and migrating a store, and the files an output must never overwrite.
///
/// Nothing here opens the database file or SQLite's `-wal` and `-shm` files. On Linux and the BSDs,
/// closing *any* descriptor of a file drops every POSIX advisory lock the process holds on it,
/// SQLite's included ("How To Corrupt An SQLite Database File", §2.2): a second process could then
/// check-point and delete the WAL under a connection that is still writing to it. Only `stat(2)` and
/// `chmod(2)`, which take no descriptor, touch those files; the lock is on a file of its own.
enum StoreFile {
    /// The lock file beside a store: `STORE.lock`.
    static func lockPath(_ path: String) -> String { path + ".lock" }

    /// The store's own files: the database, SQLite's WAL, shared-memory and rollback journal files,
    /// and the lock file.
    static func companionPaths(_ path: String) -> [String] {
        [path, path + "-wal", path + "-shm", path + "-journal", lockPath(path)]
    }

    /// Refuses a directory as a store and creates the store's directory (mode 0700) when absent.
    static func prepareDirectory(_ path: String) throws(StoreError) {
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
    }

    /// The size of the file at `path`, or nil when there is none.
    static func size(_ path: String) -> Int? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// Runs `body` holding an exclusive `flock(2)` on `STORE.lock`, so that processes that open the
    /// same new or outdated store at once create, migrate and seed it one at a time.
    static func withCreationLock<T>(_ path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let lock = lockPath(path)
        let descriptor = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError(
                .cannotOpen,
                "cannot create the lock file \(lock) beside the store: \(String(cString: strerror(errno))); "
                    + "the store's directory must be writable to create or upgrade a store")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// Narrows the store's files to their owner (mode 0600): a store holds names and phone numbers,
    /// and SQLite gives a new `-wal` or `-shm` file the mode of the database file.
    ///
    /// A file of another owner is left as it is (a store shared through a group keeps its mode).
    static func restrictModes(_ path: String) {
        for file in companionPaths(path) {
            var status = stat()
            guard stat(file, &status) == 0, status.st_uid == geteuid(), status.st_mode & 0o077 != 0 else { continue }
            chmod(file, 0o600)
        }
    }

    /// The device and inode of a file that exists.
    struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64

        init?(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

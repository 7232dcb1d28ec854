import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The password file, read as libpq reads it.
extension PostgreSQLAddress {
    /// The password of the first line of the password file that matches `address`, as libpq reads
    /// it; nil when there is no file, it is not a regular file, or it is readable by the group or
    /// others (libpq then ignores it).
    static func passwordFromFile(for address: PostgreSQLAddress, environment: [String: String]) -> String? {
        let path: String
        if let file = environment["PGPASSFILE"], !file.isEmpty {
            path = file
        } else {
            path = homeFile(".pgpass", environment: environment)
        }
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_mode & 0o077 == 0,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        let hostNames: [String] =
            switch address.host {
            case .tcp(let name): [name]
            case .socket(let directory): ["localhost", directory]
            }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let fields = passFileFields(line) else { continue }
            if fields[0].matches(any: hostNames), fields[1].matches(any: [String(address.port)]),
                fields[2].matches(any: [address.database]), fields[3].matches(any: [address.user])
            {
                return fields[4].text
            }
        }
        return nil
    }

    /// A field of a password file's line: its text with escapes removed, and whether it was a bare `*`.
    private struct PassFileField {
        var text: String
        var isWildcard: Bool

        func matches(any candidates: [String]) -> Bool { isWildcard || candidates.contains(text) }
    }

    /// The five fields of `hostname:port:database:username:password`, with `\` escaping the character
    /// after it; nil for a line with fewer. The password is the rest of the line, colons and all.
    private static func passFileFields(_ line: Substring) -> [PassFileField]? {
        var fields: [PassFileField] = []
        var current = ""
        var escaped = false
        var hadEscape = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
                hadEscape = true
            } else if character == ":" && fields.count < 4 {
                fields.append(PassFileField(text: current, isWildcard: current == "*" && !hadEscape))
                current = ""
                hadEscape = false
            } else {
                current.append(character)
            }
        }
        guard fields.count == 4 else { return nil }
        fields.append(PassFileField(text: current, isWildcard: false))
        return fields
    }
}

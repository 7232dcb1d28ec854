import ArgumentParser

/// Options every subcommand accepts, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store to use (a SQLite file, or :memory:).", valueName: "path"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Output format; each command lists the formats it supports.", valueName: "format"))
    var format: String?

    /// The `--format` value if it is one of `allowed`, `defaultFormat` when none was given.
    func format<F: RawRepresentable & CaseIterable>(_ type: F.Type, default defaultFormat: F) throws -> F
    where F.RawValue == String {
        guard let format else { return defaultFormat }
        if let value = F(rawValue: format.lowercased()) { return value }
        let allowed = F.allCases.map(\.rawValue)
        throw ValidationError(
            "Unknown format '\(format)'; use one of: \(allowed.joined(separator: ", ")).")
    }
}

/// The stable, human-readable identifier of an entity in a plan, such as `mini-maria` or `sof-samordnare`.
///
/// Ids are lowercase ASCII letters, digits and single hyphens, so they can be typed in a shell and used
/// in file names. Every entity in a plan has one, and every reference between entities uses it.
///
/// ```swift
/// let id: EntityID = "socialjouren"
/// EntityID.suggested(for: "Mini Maria")   // "mini-maria"
/// ```
public struct EntityID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The id as written in a plan file.
    public var rawValue: String

    /// Creates an id from its written form, valid or not; ``isWellFormed`` tells which.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an id from its written form, valid or not.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an id from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id as written.
    public var description: String { rawValue }

    /// Whether the id follows the id syntax: `[a-z0-9]+(-[a-z0-9]+)*`.
    public var isWellFormed: Bool {
        guard !rawValue.isEmpty, rawValue.first != "-", rawValue.last != "-", !rawValue.contains("--")
        else { return false }
        return rawValue.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }
    }

    /// An id in the id syntax derived from a name: diacritics folded, other characters turned into
    /// hyphens (`"Särskilt kvalificerad kontaktperson"` → `särskilt-…` → `sarskilt-kvalificerad-kontaktperson`).
    public static func suggested(for name: String) -> EntityID {
        var result = ""
        var pendingHyphen = false
        for scalar in TextFolding.fold(name).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return EntityID(result)
    }

    /// Orders ids by their written form.
    public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }
}

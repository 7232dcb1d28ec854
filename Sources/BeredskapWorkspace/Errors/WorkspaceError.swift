import BeredskapStorage
import Foundation

/// Why a use case of the workspace could not be carried out: a stable code to match in `catch`, a
/// message that says what is wrong and what to do, and the place in the input it concerns.
///
/// ```swift
/// do {
///     _ = try workspace.entity(EntityReference("origo"), in: .units)
/// } catch where error.code == .unknownEntity {
///     print(error.message)  // no unit 'origo'; did you mean 'origo-ung'?
/// }
/// ```
public struct WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier of the kind of error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as text, e.g. `unknown-field`.
        public var rawValue: String

        /// Creates a code.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code as text.
        public var description: String { rawValue }

        /// Input that is not valid: a value of the wrong form, a missing part.
        public static let invalidInput = Code(rawValue: "invalid-input")
        /// Input the command language cannot parse.
        public static let syntax = Code(rawValue: "syntax")
        /// A field the kind of entity does not have.
        public static let unknownField = Code(rawValue: "unknown-field")
        /// An id or name that names no entity.
        public static let unknownEntity = Code(rawValue: "unknown-entity")
        /// A value outside a closed set (a status, a function, a level).
        public static let unknownValue = Code(rawValue: "unknown-value")
        /// A transaction opened twice, committed or rolled back when none is open.
        public static let transaction = Code(rawValue: "transaction")
        /// The store refused or failed; ``WorkspaceError/storeCode`` says why.
        public static let store = Code(rawValue: "store")
        /// A drill session's rules: no drill running, a step not yet reached.
        public static let drill = Code(rawValue: "drill")
        /// A report, calendar or diagram could not be made.
        public static let report = Code(rawValue: "report")
        /// A result could not be written.
        public static let output = Code(rawValue: "output")
        /// The work was stopped by an interrupt.
        public static let interrupted = Code(rawValue: "interrupted")
    }

    /// What kind of error it is.
    public var code: Code
    /// What is wrong and what to do.
    public var message: String
    /// Where, when the error comes from a place in the input.
    public var location: InputLocation?
    /// The store's own code, when the store refused or failed.
    public var storeCode: StoreError.Code?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - message: What is wrong and what to do.
    ///   - location: The place in the input it concerns.
    ///   - code: The kind of error.
    ///
    ///   A location of ``InputLocation/unknown`` (a request made in code) is left out.
    public init(_ message: String, at location: InputLocation? = nil, code: Code = .invalidInput) {
        self.message = message
        self.location = location == .unknown ? nil : location
        self.code = code
    }

    /// The error of a store that refused or failed, at a place in the input.
    public init(_ error: StoreError, at location: InputLocation? = nil) {
        self.init(error.message, at: location, code: .store)
        storeCode = error.code
    }

    /// `SOURCE:LINE:COLUMN: error: message`, or `error: message`.
    ///
    /// A message that is another layer's diagnostic already (a plan file's `FILE:LINE:COLUMN: error: …`, a
    /// template's `error: …`) is labelled once: as it is without a location, and with its own `error:`
    /// labels left out after the location's.
    public var description: String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("error: ") || first.contains(": error: ") else {
            return (location.map { "\($0): " } ?? "") + "error: " + message
        }
        guard let location else { return message }
        return "\(location): error: "
            + lines.map { line in
                if line.hasPrefix("error: ") { return String(line.dropFirst("error: ".count)) }
                guard let label = line.range(of: ": error: ") else { return String(line) }
                return line.replacingCharacters(in: label, with: ": ")
            }
            .joined(separator: "\n")
    }
}

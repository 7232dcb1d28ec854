import BeredskapModel

/// Turns a CAP element tree into a ``CAPAlert``, checking the CAP 1.2 rules on the way and collecting
/// every broken rule, so one run reports them all.
///
/// The rules are those of the standard's text and schema: required elements, each at most once where
/// the schema says so, the closed value lists, the date and time form, the identifier characters,
/// `<restriction>` and `<addresses>` for their scopes, and `<references>` for the message types that
/// refer to earlier messages. Element order is not checked: it changes nothing a recipient reads.
struct CAPDecoder {
    private(set) var problems: [CAPProblem] = []

    /// Records a problem. Paths are built from the alert's path, which is empty, so a location reads
    /// relative to `<alert>` (`<info>[1]/<urgency>`) and the alert itself is `<alert>`.
    mutating func report(_ code: CAPError.Code, at path: String, line: Int, _ message: String) {
        let location = path.isEmpty ? "<alert>" : path.hasPrefix("/") ? String(path.dropFirst()) : path
        problems.append(CAPProblem(code, at: location, line: line, message))
    }

    /// The alert, or `nil` when any rule is broken (``problems`` says which).
    mutating func decode(_ root: CAPElement) -> CAPAlert? {
        let path = ""
        checkChildren(
            of: root, at: path,
            single: [
                "identifier", "sender", "sent", "status", "msgType", "source", "scope", "restriction", "addresses",
                "note", "references", "incidents",
            ], multiple: ["code", "info"])
        let identifier = requiredIdentifier("identifier", in: root, at: path)
        let sender = requiredIdentifier("sender", in: root, at: path)
        let sent = dateTime("sent", in: root, at: path, required: true)
        let status = vocabulary(CAPStatus.self, "status", in: root, at: path)
        let messageType = vocabulary(CAPMessageType.self, "msgType", in: root, at: path)
        let scope = vocabulary(CAPScope.self, "scope", in: root, at: path)
        let restriction = optionalText("restriction", in: root, at: path)
        let addresses = quotedList("addresses", in: root, at: path)
        if scope == .restricted, restriction == nil {
            report(
                .missingForScope, at: "\(path)/<restriction>", line: root.line,
                "required when <scope> is Restricted: say who may receive the alert")
        }
        if scope == .private, addresses.isEmpty {
            report(
                .missingForScope, at: "\(path)/<addresses>", line: root.line,
                "required when <scope> is Private: list the recipients")
        }
        let references = references(in: root, at: path, messageType: messageType)
        let source = optionalText("source", in: root, at: path)
        let codes = texts("code", in: root, at: path)
        let note = optionalText("note", in: root, at: path)
        let incidents = quotedList("incidents", in: root, at: path)
        let infos = root.children.filter { $0.name == "info" }.enumerated().map { index, info in
            decodeInfo(info, at: "\(path)/<info>[\(index + 1)]")
        }
        guard problems.isEmpty, let identifier, let sender, let sent, let status, let messageType, let scope
        else { return nil }
        return CAPAlert(
            identifier: identifier, sender: sender, sent: sent, status: status, messageType: messageType,
            source: source, scope: scope, restriction: restriction, addresses: addresses, codes: codes, note: note,
            references: references, incidents: incidents, infos: infos.compactMap { $0 })
    }

    // MARK: Children

    /// Reports children CAP does not define here, and repeats of those it allows once.
    mutating func checkChildren(of element: CAPElement, at path: String, single: [String], multiple: [String]) {
        var seen: [String: Int] = [:]
        for child in element.children {
            seen[child.name, default: 0] += 1
            if !single.contains(child.name) && !multiple.contains(child.name) {
                let allowed = single + multiple
                report(
                    .unexpectedElement, at: "\(path)/<\(child.name)>", line: child.line,
                    "CAP 1.2 has no such element here"
                        + (Suggestion.nearest(to: child.name, in: allowed).map { "; did you mean <\($0)>?" } ?? ""))
            } else if single.contains(child.name), seen[child.name] == 2 {
                report(
                    .duplicateElement, at: "\(path)/<\(child.name)>", line: child.line,
                    "appears more than once; CAP 1.2 allows one")
            }
        }
    }

    /// The child's text, trimmed; reports a child that holds elements instead of text.
    mutating func text(of child: CAPElement, at path: String) -> String {
        if let nested = child.children.first {
            report(
                .unexpectedElement, at: "\(path)/<\(nested.name)>", line: nested.line,
                "<\(child.name)> holds text, not elements")
        }
        return child.value
    }

    /// The text of the first child named `name`; `nil` when it is absent or empty.
    mutating func optionalText(_ name: String, in element: CAPElement, at path: String) -> String? {
        guard let child = element.children.first(where: { $0.name == name }) else { return nil }
        let value = text(of: child, at: "\(path)/<\(name)>")
        return value.isEmpty ? nil : value
    }

    /// The text of the required child `name`; reports it missing or empty.
    mutating func requiredText(_ name: String, in element: CAPElement, at path: String) -> String? {
        guard let child = element.children.first(where: { $0.name == name }) else {
            report(.missingElement, at: "\(path)/<\(name)>", line: element.line, "required element is missing")
            return nil
        }
        let value = text(of: child, at: "\(path)/<\(name)>")
        if value.isEmpty {
            report(.emptyElement, at: "\(path)/<\(name)>", line: child.line, "required element is empty")
            return nil
        }
        return value
    }

    /// The non-empty texts of every child named `name`.
    mutating func texts(_ name: String, in element: CAPElement, at path: String) -> [String] {
        element.children.filter { $0.name == name }.enumerated().compactMap { index, child in
            let value = text(of: child, at: "\(path)/<\(name)>[\(index + 1)]")
            return value.isEmpty ? nil : value
        }
    }

    /// A required value from one of CAP's closed lists.
    mutating func vocabulary<Value: CAPVocabulary>(
        _ type: Value.Type, _ name: String, in element: CAPElement, at path: String
    ) -> Value? {
        guard let text = requiredText(name, in: element, at: path) else { return nil }
        let line = element.children.first { $0.name == name }?.line ?? element.line
        return value(type, text, at: "\(path)/<\(name)>", line: line)
    }

    /// `text` as a value of `type`, or a report naming the values CAP 1.2 allows.
    mutating func value<Value: CAPVocabulary>(
        _ type: Value.Type, _ text: String, at path: String, line: Int
    )
        -> Value?
    {
        if let value = Value(rawValue: text) { return value }
        if Value.self == CAPCertainty.self, text == "Very Likely" {
            report(
                .invalidValue, at: path, line: line,
                "'Very Likely' is the CAP 1.0 certainty, which CAP 1.2 says must not be used; write Likely")
        } else {
            report(.invalidValue, at: path, line: line, Value.refusal(of: text))
        }
        return nil
    }

    /// An identifier or sender: required, without spaces, commas, `<` or `&`.
    mutating func requiredIdentifier(_ name: String, in element: CAPElement, at path: String) -> String? {
        guard let text = requiredText(name, in: element, at: path) else { return nil }
        let forbidden: [(Character, String)] = [(" ", "a space"), (",", "a comma"), ("<", "'<'"), ("&", "'&'")]
        let found =
            forbidden.filter { text.contains($0.0) }.map(\.1)
            + (text.contains(where: { $0.isWhitespace && $0 != " " }) ? ["whitespace"] : [])
        guard found.isEmpty else {
            let line = element.children.first { $0.name == name }?.line ?? element.line
            report(
                .invalidIdentifier, at: "\(path)/<\(name)>", line: line,
                "'\(text)' contains \(found.joined(separator: " and ")); CAP 1.2 does not allow spaces, commas, "
                    + "'<' or '&' in <\(name)>")
            return nil
        }
        return text
    }

    /// A CAP date and time; reported when malformed, or when missing and `required`.
    mutating func dateTime(
        _ name: String, in element: CAPElement, at path: String, required: Bool = false
    )
        -> CAPDateTime?
    {
        let text = required ? requiredText(name, in: element, at: path) : optionalText(name, in: element, at: path)
        guard let text else { return nil }
        switch CAPDateTime.read(text) {
        case .success(let value): return value
        case .failure(let problem):
            let line = element.children.first { $0.name == name }?.line ?? element.line
            report(.invalidDateTime, at: "\(path)/<\(name)>", line: line, problem.message)
            return nil
        }
    }

    // MARK: Lists

    /// A space-separated list in which multi-word items are in double quotes (`<addresses>`, `<incidents>`).
    mutating func quotedList(_ name: String, in element: CAPElement, at path: String) -> [String] {
        guard let text = optionalText(name, in: element, at: path) else { return [] }
        var items: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                if quoted { items.append(current) }
                quoted.toggle()
                current = ""
            } else if character.isWhitespace && !quoted {
                if !current.isEmpty { items.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if quoted {
            let line = element.children.first { $0.name == name }?.line ?? element.line
            report(.invalidList, at: "\(path)/<\(name)>", line: line, "a double quote is opened but not closed")
        }
        if !current.isEmpty { items.append(current) }
        return items
    }

    /// `<references>`: space-separated `sender,identifier,sent` entries; required for Update, Cancel and
    /// Ack, which act on the messages it names. Error may reject a message it could not identify.
    mutating func references(in element: CAPElement, at path: String, messageType: CAPMessageType?) -> [CAPReference] {
        let referencePath = "\(path)/<references>"
        let line = element.children.first { $0.name == "references" }?.line ?? element.line
        guard let text = optionalText("references", in: element, at: path) else {
            if let messageType, [.update, .cancel, .acknowledgement].contains(messageType) {
                report(
                    .invalidReferences, at: referencePath, line: line,
                    "required when <msgType> is \(messageType.rawValue): name the earlier messages as "
                        + "sender,identifier,sent")
            }
            return []
        }
        var references: [CAPReference] = []
        for entry in text.split(whereSeparator: \.isWhitespace) {
            let parts = entry.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
                report(
                    .invalidReferences, at: referencePath, line: line,
                    "'\(entry)' is not sender,identifier,sent")
                continue
            }
            switch CAPDateTime.read(parts[2]) {
            case .success(let sent):
                references.append(CAPReference(sender: parts[0], identifier: parts[1], sent: sent))
            case .failure(let problem):
                report(.invalidReferences, at: referencePath, line: line, "in '\(entry)': \(problem.message)")
            }
        }
        return references
    }
}

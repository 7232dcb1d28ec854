import BeredskapWorkspace

extension Parser {
    // MARK: Conditions and values

    mutating func optionalCondition() throws(ShellError) -> Condition? {
        accept("where") ? try condition() : nil
    }

    mutating func condition() throws(ShellError) -> Condition {
        var terms = [try conjunction()]
        while accept("or") { terms.append(try conjunction()) }
        return Self.balanced(terms[...], Condition.or)
    }

    mutating func conjunction() throws(ShellError) -> Condition {
        var terms = [try negation()]
        while accept("and") { terms.append(try negation()) }
        return Self.balanced(terms[...], Condition.and)
    }

    /// The terms of a chain joined pairwise into a tree as deep as the logarithm of their number.
    /// Evaluation still goes left to right and stops as early, and two or three terms give the tree a
    /// left-to-right fold gives: `(a or b) or c`.
    static func balanced(
        _ terms: ArraySlice<Condition>, _ join: (Condition, Condition) -> Condition
    ) -> Condition {
        if terms.count == 1 { return terms[terms.startIndex] }
        let middle = terms.startIndex + (terms.count + 1) / 2
        return join(balanced(terms[..<middle], join), balanced(terms[middle...], join))
    }

    /// Goes one level deeper into a condition or a value at `token`, or refuses there at the level past
    /// the limit.
    mutating func enterNesting(_ what: String, at token: Token?) throws(ShellError) {
        depth += 1
        guard depth <= Self.nestingLimit else {
            throw error("\(what) nest at most \(Self.nestingLimit) deep", at: token)
        }
    }

    mutating func negation() throws(ShellError) -> Condition {
        let start = current
        if accept("not") {
            try enterNesting("conditions", at: start)
            defer { depth -= 1 }
            return .not(try negation())
        }
        if acceptSymbol("(") {
            try enterNesting("conditions", at: start)
            defer { depth -= 1 }
            let inner = try condition()
            guard acceptSymbol(")") else { throw error("expected ')' to close the '('") }
            return inner
        }
        let field = try word("a field to compare, such as name or function")
        guard let token = current, token.kind == .symbol,
            let op = ComparisonOperator(rawValue: token.text)
        else {
            throw error("expected a comparison (= != < <= > >= ~) after '\(field.text)'")
        }
        index += 1
        let valueStart = location(of: current)
        return .comparison(
            field: field.text, op: op, value: try value(), location: location(of: field), valueLocation: valueStart)
    }

    mutating func value() throws(ShellError) -> ValueLiteral {
        if current?.isSymbol("{") == true || current?.isSymbol("[") == true {
            try enterNesting("values", at: current)
            defer { depth -= 1 }
            return try nestedValue()
        }
        let token = try word("a value")
        if token.kind == .word && token.text.lowercased() == "null" { return .null }
        return .text(token.text)
    }

    /// A list or a mapping, from its opening bracket.
    private mutating func nestedValue() throws(ShellError) -> ValueLiteral {
        if acceptSymbol("{") {
            var entries: [Assignment] = []
            if acceptSymbol("}") { return .mapping([]) }
            repeat {
                let key = try word("a key, such as from")
                guard acceptSymbol("=") else { throw error("expected '=' after '\(key.text)'") }
                entries.append(Assignment(field: key.text, value: try value(), location: location(of: key)))
            } while acceptSymbol(",")
            guard acceptSymbol("}") else {
                throw error("expected '}' to close the mapping, or ',' before the next key")
            }
            return .mapping(entries)
        }
        if acceptSymbol("[") {
            var items: [ValueLiteral] = []
            if acceptSymbol("]") { return .list([]) }
            repeat {
                items.append(try value())
            } while acceptSymbol(",")
            guard acceptSymbol("]") else { throw error("expected ']' to close the list") }
            return .list(items)
        }
        throw error("expected a list or a mapping")
    }
}

import BeredskapModel
import BeredskapStorage
import Foundation

/// How the query language compares a field's value with a written value: one definition for every
/// front end, and for a store that answers a query itself.
public enum ValueComparison {
    /// Compares a field's value with a written value. A list matches `=` when one of its items does;
    /// text compares ignoring case and diacritics; dates compare as partial dates and numbers as numbers.
    public static func compare(
        _ value: PlanValue?, _ op: ComparisonOperator, _ literal: ValueLiteral, at location: InputLocation
    )
        throws(WorkspaceError) -> Bool
    {
        guard case .text(let written) = literal else {
            if case .null = literal {
                switch op {
                case .equal: return value == nil
                case .notEqual: return value != nil
                default: throw WorkspaceError("null compares with = or !=", at: location)
                }
            }
            throw WorkspaceError("compare with one value, not a list", at: location)
        }
        guard let value else { return op == .notEqual }
        if case .sequence(let items) = value {
            let scalars = items.filter(\.isScalar)
            switch op {
            case .equal: return scalars.contains { equal($0.scalarText, written) }
            case .notEqual: return !scalars.contains { equal($0.scalarText, written) }
            case .contains: return scalars.contains { contains($0.scalarText, written) }
            default: throw WorkspaceError("a list compares with =, != or ~", at: location)
            }
        }
        guard value.isScalar else { return op == .notEqual }
        return compare(text: value.scalarText, op, written)
    }

    /// Compares one value, as the text its plan file holds, with a written value: the rule for a field
    /// that has one value, whether a plan in memory or the store's SQL asks.
    static func compare(text: String, _ op: ComparisonOperator, _ written: String) -> Bool {
        if let date = try? PartialDate(parsing: text), let bound = try? PartialDate(parsing: written) {
            return compareDates(date, op, bound)
        }
        switch op {
        case .equal: return equal(text, written)
        case .notEqual: return !equal(text, written)
        case .contains: return contains(text, written)
        case .less: return order(text, written) == .orderedAscending
        case .lessOrEqual: return order(text, written) != .orderedDescending
        case .greater: return order(text, written) == .orderedDescending
        case .greaterOrEqual: return order(text, written) != .orderedAscending
        }
    }

    /// Compares a date with a written date as periods: `starts <= 2017-09` holds for everything that
    /// can start by the end of September 2017, `starts = 2017` for every date in 2017.
    static func compareDates(_ date: PartialDate, _ op: ComparisonOperator, _ bound: PartialDate) -> Bool {
        let first = date.firstDay
        let last = date.lastDay
        let (boundFirst, boundLast) = (bound.firstDay, bound.lastDay)
        func before(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Bool { a < b }
        switch op {
        case .equal: return bound.contains(date)
        case .notEqual: return !bound.contains(date)
        case .contains: return date.description.contains(bound.description)
        case .less: return before(first, boundFirst)
        case .lessOrEqual: return !before(boundLast, first)
        case .greater: return before(boundLast, last)
        case .greaterOrEqual: return !before(last, boundFirst)
        }
    }

    static func equal(_ text: String, _ written: String) -> Bool {
        if TextFolding.fold(text) == TextFolding.fold(written) { return true }
        if let value = ValueVocabulary.value(for: written) { return text == value }
        if let left = try? PartialDate(parsing: text), let right = try? PartialDate(parsing: written) {
            return left == right
        }
        return false
    }

    static func contains(_ text: String, _ written: String) -> Bool {
        TextFolding.fold(text).contains(TextFolding.fold(written))
    }

    /// Orders two values: as partial dates when both are dates, as numbers when both are numbers,
    /// else as folded text.
    static func order(_ text: String, _ written: String) -> ComparisonResult {
        if let left = try? PartialDate(parsing: text), let right = try? PartialDate(parsing: written) {
            return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
        }
        if let left = Double(text), let right = Double(written) {
            return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
        }
        let (left, right) = (TextFolding.fold(text), TextFolding.fold(written))
        return left < right ? .orderedAscending : left == right ? .orderedSame : .orderedDescending
    }
}

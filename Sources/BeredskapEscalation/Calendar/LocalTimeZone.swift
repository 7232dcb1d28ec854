import Foundation

/// A named time zone that turns wall-clock times into instants and back, handling the two nights a
/// year the clocks change; `Europe/Stockholm` unless told otherwise.
///
/// When the clocks go forward (in Sweden the last Sunday of March, 02:00 → 03:00) the wall times in
/// between never happen: ``resolve(_:gap:overlap:)`` refuses them, or with ``GapPolicy/moveForward``
/// moves them forward by the length of the gap and says so. When the clocks go back (last Sunday of
/// October, 03:00 → 02:00) the hour in between happens twice: the first occurrence is taken unless
/// ``OverlapPolicy/later`` is asked for, and the result says which one was taken.
///
/// ```swift
/// let stockholm = LocalTimeZone.stockholm
/// let night = try stockholm.resolve(LocalDateTime(parsing: "2017-10-29 02:30"))
/// night.notice   // "2017-10-29 02:30 happens twice in Europe/Stockholm: … took the first, 02:30 CEST (+02:00) …"
/// stockholm.format(night.date)   // "2017-10-29 02:30 CEST (+02:00)"
/// ```
public struct LocalTimeZone: Hashable, Sendable, CustomStringConvertible {
    /// The Foundation time zone behind it.
    public let timeZone: TimeZone

    /// What to do with a wall time the clocks skip.
    public enum GapPolicy: Hashable, Sendable {
        /// Throw a ``LocalTimeError`` with code `.nonexistentTime` that names the valid times on either side.
        case refuse
        /// Move the time forward by the length of the gap (02:30 becomes 03:30) and attach a notice.
        case moveForward
    }

    /// Which occurrence of a wall time that happens twice to take.
    public enum OverlapPolicy: Hashable, Sendable {
        /// The first occurrence, still in summer time.
        case earlier
        /// The second occurrence, after the clocks went back.
        case later
    }

    /// The instant a wall time resolved to, and what had to be decided on the way.
    public struct Resolution: Hashable, Sendable {
        /// How the wall time related to the clock changes.
        public enum Kind: Hashable, Sendable {
            /// The wall time happens exactly once.
            case exact
            /// The wall time was skipped by the clocks and was moved forward.
            case movedForward
            /// The wall time happens twice; the first occurrence was taken.
            case earlierOfTwo
            /// The wall time happens twice; the second occurrence was taken.
            case laterOfTwo
        }

        /// The instant.
        public let date: Date
        /// How it was found.
        public let kind: Kind
        /// A sentence for the person who wrote the time when it did not map to exactly one instant.
        public let notice: String?
    }

    /// Europe/Stockholm, the time zone of every Swedish plan.
    public static let stockholm = LocalTimeZone(checked: TimeZone(identifier: "Europe/Stockholm") ?? .gmt)

    /// UTC, as RFC 5545 writes stamps and `UNTIL` beside a start with a time zone.
    public static let utc = LocalTimeZone(checked: .gmt)

    /// The time zone of ``Jurisdiction/default``.
    public init() { self = Jurisdiction.default.timeZone }

    /// A time zone from the system's database, such as `"Europe/Helsinki"`.
    ///
    /// - Throws: ``LocalTimeError`` with code `.unknownTimeZone`.
    public init(identifier: String) throws(LocalTimeError) {
        guard let zone = TimeZone(identifier: identifier) else {
            throw LocalTimeError(
                .unknownTimeZone, "unknown time zone '\(identifier)'; use an IANA name such as 'Europe/Stockholm'")
        }
        self.init(checked: zone)
    }

    private init(checked zone: TimeZone) { timeZone = zone }

    /// The IANA name: `"Europe/Stockholm"`.
    public var identifier: String { timeZone.identifier }

    /// The IANA name.
    public var description: String { identifier }

    /// The instant of a wall time, deciding skipped and repeated times by the policies.
    ///
    /// - Throws: ``LocalTimeError`` with code `.nonexistentTime` when the time is skipped and `gap`
    ///   is ``GapPolicy/refuse``.
    public func resolve(
        _ local: LocalDateTime, gap: GapPolicy = .refuse, overlap: OverlapPolicy = .earlier
    ) throws(LocalTimeError) -> Resolution {
        let wall = local.wallSeconds
        let candidates = Set([-86_400, 0, 86_400].map { offset(atSeconds: wall + $0) })
        let valid = candidates.filter { offset(atSeconds: wall - $0) == $0 }.sorted(by: >)
        if valid.count == 1 {
            return Resolution(date: Self.date(wall - valid[0]), kind: .exact, notice: nil)
        }
        if valid.count >= 2 {
            return repeated(local, offsets: (valid[0], valid[valid.count - 1]), overlap: overlap)
        }
        return try skipped(local, gap: gap)
    }

    /// The instant of a wall time given as numbers; see ``resolve(_:gap:overlap:)``.
    ///
    /// - Throws: ``LocalTimeError`` when the date or time does not exist, or the time is skipped and
    ///   `gap` is ``GapPolicy/refuse``.
    public func resolve(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, gap: GapPolicy = .refuse,
        overlap: OverlapPolicy = .earlier
    ) throws(LocalTimeError) -> Resolution {
        guard let local = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute) else {
            let text =
                "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2)) "
                + "\(CalendarDay.pad(hour, 2)):\(CalendarDay.pad(minute, 2))"
            throw LocalTimeError(.impossibleDate, "\(text) is not a date and time that exists")
        }
        return try resolve(local, gap: gap, overlap: overlap)
    }

    /// Reads a local time written `2017-10-14T02:30` or `2017-10-14 02:30` and resolves it.
    ///
    /// - Throws: ``LocalTimeError`` when the text is not a local time, or the time is skipped and
    ///   `gap` is ``GapPolicy/refuse``.
    public func resolve(
        parsing text: String, gap: GapPolicy = .refuse, overlap: OverlapPolicy = .earlier
    ) throws(LocalTimeError) -> Resolution {
        try resolve(LocalDateTime(parsing: text), gap: gap, overlap: overlap)
    }

    /// The wall time at an instant (seconds below a whole second are dropped).
    public func localDateTime(at date: Date) -> LocalDateTime {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(wallSeconds: seconds + timeZone.secondsFromGMT(for: date))
    }

    /// The calendar day at an instant.
    public func day(at date: Date) -> CalendarDay { localDateTime(at: date).day }

    /// The offset from UTC at an instant, in seconds (`7200` in Swedish summer time).
    public func offset(at date: Date) -> Int { timeZone.secondsFromGMT(for: date) }

    /// The short name of the zone's time at an instant: `"CET"` or `"CEST"` for Stockholm; where the
    /// system knows no such name, `"GMT+9"` and the like.
    public func abbreviation(at date: Date) -> String {
        let style: NSTimeZone.NameStyle =
            timeZone.isDaylightSavingTime(for: date) ? .shortDaylightSaving : .shortStandard
        return timeZone.localizedName(for: style, locale: Self.namesLocale) ?? timeZone.abbreviation(for: date)
            ?? Self.offsetText(offset(at: date))
    }

    /// An instant as local time with its abbreviation and offset: `"2017-10-29 02:30 CEST (+02:00)"`.
    public func format(_ date: Date) -> String {
        let local = localDateTime(at: date)
        return "\(local.day) \(CalendarDay.pad(local.hour, 2)):\(CalendarDay.pad(local.minute, 2)) "
            + "\(abbreviation(at: date)) (\(Self.offsetText(offset(at: date))))"
    }

    /// An instant as a timestamp of the change log, to the second with its offset, as psql writes a
    /// `timestamptz`: `"2017-10-29 02:30:05+02:00"`.
    public func timestamp(_ date: Date) -> String {
        let local = localDateTime(at: date)
        return "\(local.day) \(CalendarDay.pad(local.hour, 2)):\(CalendarDay.pad(local.minute, 2)):"
            + "\(CalendarDay.pad(local.second, 2))\(Self.offsetText(offset(at: date)))"
    }

    /// `+02:00`, `-05:00`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + CalendarDay.pad(minutes / 60, 2) + ":" + CalendarDay.pad(minutes % 60, 2)
    }

    // English names give the familiar CET/CEST; Swedish locale data names the zones the same way
    // on some systems and not on others.
    private static let namesLocale = Locale(identifier: "en_GB")

    private static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    private func offset(atSeconds seconds: Int) -> Int { timeZone.secondsFromGMT(for: Self.date(seconds)) }

    /// The instant the offset changes from `before` to `after` somewhere near `wall`.
    private func transition(near wall: Int, from before: Int) -> Int {
        var low = wall - 2 * 86_400
        var high = wall + 2 * 86_400
        guard offset(atSeconds: low) == before else { return wall - before }
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if offset(atSeconds: middle) == before { low = middle } else { high = middle }
        }
        return high
    }

    private func skipped(_ local: LocalDateTime, gap: GapPolicy) throws(LocalTimeError) -> Resolution {
        let wall = local.wallSeconds
        let before = offset(atSeconds: wall - 86_400)
        let after = offset(atSeconds: wall + 86_400)
        let change = transition(near: wall - before, from: before)
        let jump = after - before
        let from = LocalDateTime(wallSeconds: change + before)
        let to = LocalDateTime(wallSeconds: change + after)
        let movedDate = Self.date(wall - before)
        let forward = LocalDateTime(wallSeconds: wall + jump)
        let backward = LocalDateTime(wallSeconds: wall - jump)
        let story =
            "\(local) does not exist in \(identifier): the clocks go forward from \(from.clockText) to "
            + "\(to.clockText) that night"
        switch gap {
        case .refuse:
            let earlierDate = Self.date(wall - jump - before)
            throw LocalTimeError(
                .nonexistentTime,
                story + "; use \(text(forward, relativeTo: local)) (\(abbreviation(at: movedDate))) or "
                    + "\(text(backward, relativeTo: local)) (\(abbreviation(at: earlierDate)))")
        case .moveForward:
            return Resolution(
                date: movedDate, kind: .movedForward,
                notice: story
                    + "; moved forward to \(text(forward, relativeTo: local)) (\(abbreviation(at: movedDate)))")
        }
    }

    private func repeated(
        _ local: LocalDateTime, offsets: (summer: Int, winter: Int), overlap: OverlapPolicy
    ) -> Resolution {
        let wall = local.wallSeconds
        let first = Self.date(wall - offsets.summer)
        let second = Self.date(wall - offsets.winter)
        let change = transition(near: wall - offsets.summer, from: offsets.summer)
        let from = LocalDateTime(wallSeconds: change + offsets.summer)
        let to = LocalDateTime(wallSeconds: change + offsets.winter)
        func describe(_ date: Date) -> String {
            "\(local.clockText) \(abbreviation(at: date)) (\(Self.offsetText(offset(at: date))))"
        }
        let story =
            "\(local) happens twice in \(identifier): the clocks go back from \(from.clockText) to \(to.clockText) that night"
        switch overlap {
        case .earlier:
            return Resolution(
                date: first, kind: .earlierOfTwo,
                notice: story + "; took the first, \(describe(first)); the second is \(describe(second))")
        case .later:
            return Resolution(
                date: second, kind: .laterOfTwo,
                notice: story + "; took the second, \(describe(second)); the first is \(describe(first))")
        }
    }

    /// `03:30` when on the same day as `reference`, otherwise the full date and time.
    private func text(_ time: LocalDateTime, relativeTo reference: LocalDateTime) -> String {
        time.day == reference.day ? time.clockText : time.description
    }
}

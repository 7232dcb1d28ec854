/// An on-duty rota (*beredskapsschema*), such as the city's TIB: shifts that start by a recurrence
/// rule and last a set time, and exceptions for known gaps and extra cover.
///
/// A role with `availability: onDuty` names its rota; the role can then be reached when a shift of the
/// rota covers the moment, and its deputies are tried when none does. The plan file keeps the rule and
/// the times as text; BeredskapEscalation expands them on the Europe/Stockholm calendar and reports any
/// it cannot read.
///
/// ```yaml
/// rotas:
///   - id: tib-schema
///     name: Tjänsteman i beredskap
///     starts: "2017-01-02 12:00"      # the first shift, local time
///     repeats: FREQ=WEEKLY            # RFC 5545 RRULE
///     shiftLength: 7d                 # days, hours, minutes on the wall clock
///     exceptions:
///       - {from: "2017-12-24 08:00", to: "2017-12-25 08:00", covered: false, note: "ingen ersättare"}
/// ```
///
/// The rota says when the duty is held, not by whom: names of the people on duty are personal data and
/// change every week, so they stay in the rota's own system.
public struct DutyRota: Hashable, Sendable, Identifiable, Grounded {
    /// The rota's id.
    public var id: EntityID
    /// The rota's name ("Tjänsteman i beredskap").
    public var name: String
    /// What the rota covers, in the plan's words.
    public var description: String?
    /// When the first shift starts, as local wall time `YYYY-MM-DD HH:MM` (the rule's DTSTART).
    public var starts: String
    /// How shift starts repeat: an RFC 5545 recurrence rule without `RRULE:`, such as `FREQ=WEEKLY`.
    public var repeats: String
    /// How long each shift lasts on the wall clock: `7d`, `12h`, `1d 12h`, `30min`.
    public var shiftLength: String
    /// Known gaps and extra cover, applied in order over the regular shifts.
    public var exceptions: [RotaException]

    /// What the entry, or each of its fields, rests on (see ``Basis``); empty when the plan does not say.
    public var basis: [Basis] = []

    /// Creates a rota.
    public init(
        id: EntityID, name: String, description: String? = nil, starts: String, repeats: String,
        shiftLength: String, exceptions: [RotaException] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.starts = starts
        self.repeats = repeats
        self.shiftLength = shiftLength
        self.exceptions = exceptions
    }
}

/// A stretch of time in which a rota differs from its rule: nobody holds the duty (a known gap), or
/// someone does although no regular shift covers it.
public struct RotaException: Hashable, Sendable {
    /// The start, local wall time `YYYY-MM-DD HH:MM`.
    public var from: String
    /// The end (not included), local wall time `YYYY-MM-DD HH:MM`.
    public var to: String
    /// `false` for a known gap, `true` for cover outside the regular shifts.
    public var covered: Bool
    /// Why, for the record.
    public var note: String?

    /// Creates an exception.
    public init(from: String, to: String, covered: Bool = false, note: String? = nil) {
        self.from = from
        self.to = to
        self.covered = covered
        self.note = note
    }
}

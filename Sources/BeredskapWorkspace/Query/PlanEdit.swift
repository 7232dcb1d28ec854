/// An edit of the plan in use, as a person asks for it: fields by name, entities by id or name,
/// values in English or Swedish. ``Workspace/edits(for:at:)`` turns it into change-set edits.
public enum PlanEdit: Equatable, Sendable {
    /// `set KIND TARGET FIELD = VALUE, …`: fields of one entity, or of every entity matching a condition;
    /// for ``QueryKind/plans``, the metadata of the plan in use.
    case set(QueryKind, target: SetTarget, assignments: [Assignment])
    /// `add KIND ID FIELD = VALUE, …`: a new entity.
    case add(QueryKind, id: EntityReference, assignments: [Assignment])
    /// `remove KIND ID`.
    case remove(QueryKind, EntityReference)
    /// `rename KIND ID to NEW`: a new id, with every reference to it moved.
    case rename(QueryKind, EntityReference, to: EntityReference)
    /// `log ACTIVITY STATUS [NOTE] [on DATE] [by WHO]`: a follow-up entry of an activity; the date is
    /// today when nil.
    case log(EntityReference, status: String, note: String?, date: String?, by: String?)
    /// `measure INDICATOR VALUE [NOTE] [on DATE] [from SOURCE]`: a value of an indicator recorded at
    /// follow-up; the date is today when nil.
    case measure(EntityReference, value: String, note: String?, date: String?, source: String?)
}

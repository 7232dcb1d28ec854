import BeredskapEscalation
import BeredskapModel
import BeredskapStorage
import Foundation

/// The use cases of Beredskap on one store: the plan in use, its queries and edits, transactions,
/// follow-up, drills, reports and alerts. The shell, the command line and an embedder all go through it.
///
/// ```swift
/// let workspace = Workspace(store: try PlanStore.open(.file("plan.sqlite")))
/// let remedial = try workspace.select(
///     PlanQuery(.units, where: .comparison(field: "function", op: .equal, value: .text("remedial"), location: .unknown)))
/// ```
///
/// A workspace reads the plan once and keeps it while the store's revision stays the same, so a long-lived
/// workspace (a REPL left open, a server) never answers from a plan another process has changed since.
/// It is not safe to share between threads: give each front end, request or task its own.
public final class Workspace {
    /// The store the workspace works on.
    public let store: PlanStore
    /// The plan requests work on; nil means the store's only or default plan.
    public internal(set) var planID: EntityID?
    /// The edits of an open transaction, with where each was written; nil when none is open.
    var pending: [LocatedEdit]?
    /// Whether the open transaction is one `begin` opened, not a script's.
    var isExplicitTransaction = false
    /// The plan as last read, with how many pending edits it includes.
    var cachedPlan: (pendingCount: Int, plan: Plan)? {
        didSet { if cachedPlan == nil { idIndex = nil } }
    }
    /// The ids of each kind, with the edits of the open transaction applied; built from the store
    /// without reading the plan, so scripts of many edits resolve their ids quickly.
    var idIndex: [QueryKind: Set<String>]?
    /// The store's revision when the cached plan was read.
    var cachedRevision: Int64?
    /// Creates a workspace on a store.
    ///
    /// Where the plan applies — its time zone, holidays and default office hours — is the plan's own
    /// data (`plan.timeZone`, `plan.holidays`; see ``jurisdiction``), so a workspace has no
    /// jurisdiction of its own to set.
    ///
    /// - Parameters:
    ///   - store: The store.
    ///   - plan: The plan to work on; the store's only or default plan when nil.
    public init(store: PlanStore, plan: EntityID? = nil) {
        self.store = store
        self.planID = plan
    }

    /// Where the plan in use applies: the time zone of its dates and times, its holidays and its
    /// default office hours, as the plan states them (`plan.timeZone`, `plan.holidays`), with
    /// `Jurisdiction.default`'s (Europe/Stockholm, Swedish holidays) for what it leaves out.
    ///
    /// ```swift
    /// // plan.timeZone: Europe/Helsinki
    /// workspace.jurisdiction.timeZone.identifier   // "Europe/Helsinki"
    /// ```
    ///
    /// A plan that cannot be read has the default jurisdiction here; every request that reads the
    /// plan reports why it cannot be read.
    public var jurisdiction: Jurisdiction {
        // The store refuses a time zone the system does not know, so a stored plan always has one.
        // Without pending edits (which may move the time zone) the store's metadata is enough: a
        // 100,000-unit plan is not read for its clock.
        guard let metadata, let jurisdiction = try? Jurisdiction(plan: Plan(metadata: metadata)) else {
            return .default
        }
        return jurisdiction
    }

    /// The metadata of the plan in use (its title, language, time zone …) as requests see it; nil when
    /// the plan cannot be read. Without pending edits (which may change it) the store's metadata is
    /// read alone: a 100,000-unit plan is not read for its language or its clock.
    var metadata: PlanMetadata? {
        pending?.isEmpty ?? true ? try? store.metadata(planID) : (try? plan())?.metadata
    }

    // MARK: The plan

    /// The id and name of every entity of a kind, in plan order, for completion and suggestions: the
    /// store's two columns outside a transaction with pending edits, else the plan with those edits.
    public func idsAndNames(_ kind: QueryKind) throws(WorkspaceError) -> [(id: String, name: String)] {
        guard kind != .plans, let entityKind = storePlan(kind, nil)?.entityKind else {
            return try rows(kind).map { ($0.id, $0.name) }
        }
        do {
            return try store.displayNames(entityKind, plan: planID).map { ($0.id.rawValue, $0.name) }
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The plan's alarm paths: read alone from the store outside a transaction with pending edits.
    public func alarmPaths() throws(WorkspaceError) -> [AlarmPath] {
        guard pending?.isEmpty ?? true else { return try plan().alarmPaths }
        do {
            return try store.entities(.alarmPath, where: nil, plan: planID).compactMap { $0.model as? AlarmPath }
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The values of the plan's contact details marked sensitive, as a message must withhold them:
    /// read from the store's contacts alone outside a transaction with pending edits, else from the
    /// plan with those edits.
    public func sensitiveContactValues() throws(WorkspaceError) -> [String] {
        guard pending?.isEmpty ?? true else { return try plan().sensitiveContacts.map(\.value) }
        do {
            return try store.sensitiveContactValues(plan: planID)
        } catch {
            throw WorkspaceError(error)
        }
    }

    /// The plan requests see: the stored plan with the edits of an open transaction applied.
    ///
    /// - Throws: ``WorkspaceError`` when the store cannot be read, or a pending edit no longer applies.
    public func plan() throws(WorkspaceError) -> Plan {
        let edits = pending ?? []
        if let cached = cachedPlan, cached.pendingCount == edits.count { return cached.plan }
        let plan: Plan
        do {
            if edits.isEmpty {
                plan = try store.plan(planID)
            } else {
                plan = try store.preview(ChangeSet(plan: planID, edits: edits.map(\.edit))).plan
            }
        } catch {
            throw WorkspaceError(error, at: error.editIndex.map { edits[$0].location })
        }
        cachedPlan = (edits.count, plan)
        return plan
    }

    /// Works on another plan of the store from now on.
    ///
    /// - Parameter reference: The plan's id, or its title.
    /// - Returns: The plan's id.
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/unknownEntity`` when the store has no such plan.
    @discardableResult
    public func use(_ reference: EntityReference) throws(WorkspaceError) -> EntityID {
        let plan = EntityID(try entity(reference, in: .plans).id)
        planID = plan
        forgetPlan()
        return plan
    }

    /// Forgets the plan as read, so the next request reads it again.
    public func forgetPlan() {
        cachedPlan = nil
    }

    /// Forgets the plan as read when another process (or another workspace) committed a change since it
    /// was read, so a long-lived workspace never answers from, or resolves ids against, an old plan.
    /// Inside a transaction the plan stays as the transaction sees it.
    public func refresh() {
        guard pending?.isEmpty ?? true, let revision = try? store.revision() else { return }
        if revision != cachedRevision {
            cachedPlan = nil
            cachedRevision = revision
        }
    }

    /// The entities of a kind in the plan in use, in plan order; for ``QueryKind/plans``, the plans of the store.
    public func rows(_ kind: QueryKind) throws(WorkspaceError) -> [EntityRow] {
        if kind == .plans {
            do {
                return try store.plans().map { info in
                    EntityRow(
                        kind: .plans, id: info.id.rawValue,
                        value: .mapping(
                            [
                                ("id", .string(info.id.rawValue)), ("title", .string(info.title)),
                                ("version", .integer(info.version)), ("status", .string(info.status.rawValue)),
                                ("default", .boolean(info.isDefault)),
                            ] + (info.owner.map { [("owner", .string($0.rawValue))] } ?? [])))
                }
            } catch {
                throw WorkspaceError(error)
            }
        }
        guard let entityKind = kind.entityKind else { return [] }
        return EntityRow.rows(of: kind, entityKind: entityKind, in: try plan())
    }

    /// The id of the entity a reference names. An unquoted id is checked against the id index; a name,
    /// or an id not found, is looked up among the entities as ``entity(_:in:)`` does.
    public func resolveID(_ reference: EntityReference, in kind: QueryKind) throws(WorkspaceError) -> String {
        if !reference.quoted, kind != .plans {
            if idIndex == nil {
                do {
                    let ids = try store.entityIDs(plan: planID)
                    var index: [QueryKind: Set<String>] = [:]
                    for queryKind in QueryKind.allCases {
                        guard let entityKind = queryKind.entityKind else { continue }
                        index[queryKind] = Set((ids[entityKind] ?? []).map(\.rawValue))
                    }
                    for queued in pending ?? [] { Self.update(&index, with: queued.edit) }
                    idIndex = index
                } catch {
                    throw WorkspaceError(error, at: reference.location)
                }
            }
            if idIndex?[kind]?.contains(reference.text) == true { return reference.text }
        }
        return try entity(reference, in: kind).id
    }

    /// Keeps the id index in step with a queued edit.
    static func update(_ index: inout [QueryKind: Set<String>], with edit: ChangeSet.Edit) {
        switch edit {
        case .add(let entityKind, let value, _):
            if let kind = QueryKind(entityKind), let id = value["id"]?.scalarText {
                index[kind, default: []].insert(id)
            }
        case .remove(let entityKind, let id):
            if let kind = QueryKind(entityKind) { index[kind]?.remove(id.rawValue) }
        case .rename(let entityKind, let id, let newID):
            if let kind = QueryKind(entityKind) {
                index[kind]?.remove(id.rawValue)
                index[kind, default: []].insert(newID.rawValue)
            }
        case .set, .move, .append:
            return
        }
    }

    /// The entity a reference names: by id, or by name (quoted or not), ignoring case and diacritics.
    ///
    /// - Throws: ``WorkspaceError`` with ``WorkspaceError/Code/unknownEntity`` and the nearest id as a
    ///   suggestion.
    ///
    /// Outside a transaction with pending edits the store looks the entity up in SQL, reading no other
    /// entity; only a reference that names none reads them all, for the suggestion.
    public func entity(_ reference: EntityReference, in kind: QueryKind) throws(WorkspaceError) -> EntityRow {
        if let found = try storedEntity(reference, in: kind) { return found }
        // Nothing has the id or name: the suggestion is made from ids and names alone, read by the
        // store when it answers (not every entity, which a large plan cannot afford on a typo).
        let candidates: [(id: String, name: String)]
        if storePlan(kind, nil) != nil {
            do {
                candidates = try idsAndNames(kind)
            } catch {
                throw WorkspaceError(error.message, at: reference.location, code: error.code)
            }
        } else {
            let rows = try rows(kind)
            if let exact = rows.first(where: { $0.id == reference.text }) { return exact }
            let folded = TextFolding.fold(reference.text)
            if let named = rows.first(where: { TextFolding.fold($0.name) == folded }) { return named }
            candidates = rows.map { ($0.id, $0.name) }
        }
        let noun = kind.entityKind?.noun ?? "plan"
        let hint =
            Suggestion.nearest(to: reference.text, in: candidates.map(\.id))
            ?? Suggestion.nearest(to: reference.text, in: candidates.map(\.name)).flatMap { name in
                candidates.first { $0.name == name }?.id
            }
        throw WorkspaceError(
            "no \(noun) '\(reference.text)'"
                + (hint.map { "; did you mean '\($0)'?" } ?? "; `list \(kind.rawValue)` shows them"),
            at: reference.location, code: .unknownEntity)
    }
}

/// An edit of a change set, with where in the input it was written.
public struct LocatedEdit: Sendable {
    /// The edit.
    public var edit: ChangeSet.Edit
    /// Where it was written, for messages.
    public var location: InputLocation

    /// Creates a located edit.
    public init(_ edit: ChangeSet.Edit, at location: InputLocation) {
        self.edit = edit
        self.location = location
    }
}

extension Workspace {
    /// The entity a reference names, looked up by the store: by id, else by name ignoring case and
    /// diacritics. Nil when none matches, or when the plan in memory must answer (inside a transaction
    /// with pending edits, for the plans of the store).
    func storedEntity(_ reference: EntityReference, in kind: QueryKind) throws(WorkspaceError) -> EntityRow? {
        guard let entityKind = storePlan(kind, nil)?.entityKind else { return nil }
        let folded = TextFolding.fold(reference.text)
        let byID = StoreCondition.value(.key("id"), .oneOf([reference.text]))
        // A store whose SQL cannot call Swift selects the names that contain the folded text, and the
        // one equal to it is found here.
        let swift = store.answersSwiftTests
        let byName = StoreCondition.value(
            .displayName, swift ? .passing { TextFolding.fold($0) == folded } : .containing(folded: folded))
        do {
            if let found = try store.entities(entityKind, where: byID, plan: planID).first {
                return EntityRow(kind: kind, entity: found)
            }
            for found in try store.entities(entityKind, where: byName, plan: planID) {
                let row = EntityRow(kind: kind, entity: found)
                if swift || TextFolding.fold(row.name) == folded { return row }
            }
        } catch {
            throw WorkspaceError(error)
        }
        return nil
    }

    /// The entities of `kind` with one of `ids`, in plan order: from the store, reading no other
    /// entity, outside a transaction with pending edits.
    func rows(_ kind: QueryKind, ids: Set<String>) throws(WorkspaceError) -> [EntityRow] {
        guard let entityKind = storePlan(kind, nil)?.entityKind else {
            return try rows(kind).filter { ids.contains($0.id) }
        }
        do {
            return try store.entities(entityKind, where: .value(.key("id"), .oneOf(ids.sorted())), plan: planID).map {
                EntityRow(kind: kind, entity: $0)
            }
        } catch {
            throw WorkspaceError(error)
        }
    }
}

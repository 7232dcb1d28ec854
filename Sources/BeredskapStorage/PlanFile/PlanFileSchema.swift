import BeredskapModel

// The keys of every mapping in a plan file, in canonical order. Documentation/PlanFormat.md and
// Documentation/plan.schema.json describe the same keys; a test keeps the three in step.

/// The whole file: the format version and the plan.
struct PlanFileDocument: PlanFileRecord {
    /// The format version this library reads and writes.
    static let currentFormatVersion = 1

    var formatVersion: Int
    var plan: Plan

    static let recordName = "a plan file"
    static var blank: PlanFileDocument {
        PlanFileDocument(formatVersion: 0, plan: Plan(metadata: .blank))
    }
    static let fields: [RecordField<PlanFileDocument>] =
        [
            .required("formatVersion", \.formatVersion),
            .required("plan", \.plan.metadata),
            .list("sections", \.plan.sections),
            .list("definitions", \.plan.definitions),
            .list("milieus", \.plan.milieus),
            .list("organizations", \.plan.organizations),
            .list("units", \.plan.units),
            .list("externalActors", \.plan.externalActors),
            .list("roles", \.plan.roles),
            .list("focusAreas", \.plan.focusAreas),
            .list("activities", \.plan.activities),
            .list("alarmPaths", \.plan.alarmPaths),
            .list("rotas", \.plan.rotas),
            .list("alertRules", \.plan.alertRules),
        ]
}

extension Basis: PlanFileRecord {
    static let recordName = "a basis"
    static var blank: Basis { Basis(kind: .stated) }
    static let fields: [RecordField<Basis>] =
        [.optional("field", \.field), .required("kind", \.kind), .optional("note", \.note)]
}

extension PlanMetadata: PlanFileRecord {
    static let recordName = "the plan mapping"
    static var blank: PlanMetadata { PlanMetadata(id: "", title: "") }
    static let fields: [RecordField<PlanMetadata>] =
        [
            .required("id", \.id), .required("title", \.title), .defaulted("language", \.language, default: "sv"),
            .optional("version", \.version), .list("diaryNumbers", \.diaryNumbers),
            .optional("publishedOn", \.publishedOn), .optional("owner", \.owner), .optional("period", \.period),
            .list("revisions", \.revisions), .list("approvals", \.approvals), .list("references", \.references),
            .optional("followUp", \.followUp), .optional("timeZone", \.timeZone), .optional("holidays", \.holidays),
            .list("officeHours", \.officeHours), .basis(\.basis),
        ]
}

extension OfficeHoursRule: PlanFileRecord {
    static let recordName = "an office-hours rule"
    static var blank: OfficeHoursRule { OfficeHoursRule(days: "", opens: "", closes: "") }
    static let fields: [RecordField<OfficeHoursRule>] =
        [.required("days", \.days), .required("opens", \.opens), .required("closes", \.closes)]
}

extension PlanOwner: PlanFileRecord {
    static let recordName = "an owner"
    static var blank: PlanOwner { PlanOwner() }
    static let fields: [RecordField<PlanOwner>] =
        [.optional("city", \.city), .optional("board", \.board), .optional("administration", \.administration)]
}

extension PlanPeriod: PlanFileRecord {
    static let recordName = "a period"
    static var blank: PlanPeriod { PlanPeriod(start: PartialDate(year: 1)) }
    static let fields: [RecordField<PlanPeriod>] =
        [.required("start", \.start), .optional("end", \.end)]
}

extension PlanRevision: PlanFileRecord {
    static let recordName = "a revision"
    static var blank: PlanRevision { PlanRevision(version: "") }
    static let fields: [RecordField<PlanRevision>] =
        [.required("version", \.version), .optional("date", \.date), .optional("summary", \.summary)]
}

extension Approval: PlanFileRecord {
    static let recordName = "an approval"
    static var blank: Approval { Approval(action: .adopted, body: "") }
    static let fields: [RecordField<Approval>] =
        [
            .required("action", \.action), .required("body", \.body), .optional("date", \.date),
            .optional("diaryNumber", \.diaryNumber), .list("otherDiaryNumbers", \.otherDiaryNumbers),
            .list("bodies", \.bodies), .optional("deadline", \.deadline), .optional("condition", \.condition),
            .optional("note", \.note), .basis(\.basis),
        ]
}

extension PlanReference: PlanFileRecord {
    static let recordName = "a reference"
    static var blank: PlanReference { PlanReference(id: "", kind: .other, title: "") }
    static let fields: [RecordField<PlanReference>] =
        [
            .required("id", \.id), .required("kind", \.kind), .required("title", \.title),
            .optional("issuer", \.issuer), .optional("diaryNumber", \.diaryNumber), .optional("date", \.date),
            .optional("note", \.note), .basis(\.basis),
        ]
}

extension FollowUpPolicy: PlanFileRecord {
    static let recordName = "a follow-up policy"
    static var blank: FollowUpPolicy { FollowUpPolicy() }
    static let fields: [RecordField<FollowUpPolicy>] =
        [
            .optional("frequency", \.frequency), .optional("framework", \.framework),
            .optional("firstReport", \.firstReport), .optional("continuous", \.continuous),
            .optional("revision", \.revision),
        ]
}

extension RevisionPolicy: PlanFileRecord {
    static let recordName = "a revision policy"
    static var blank: RevisionPolicy { RevisionPolicy() }
    static let fields: [RecordField<RevisionPolicy>] =
        [
            .optional("frequency", \.frequency), .optional("basis", \.basis), .optional("next", \.next),
            .optional("nextDate", \.nextDate), .optional("requirement", \.requirement),
        ]
}

extension Section: PlanFileRecord {
    static let recordName = "a section"
    static var blank: Section { Section(id: "", title: "") }
    static let fields: [RecordField<Section>] =
        [
            .required("id", \.id), .required("title", \.title), .optional("attachment", \.attachment),
            .optional("body", \.body), .list("references", \.references), .optional("insert", \.insert),
            .list("sections", \.sections), .basis(\.basis),
        ]
}

extension Definition: PlanFileRecord {
    static let recordName = "a definition"
    static var blank: Definition { Definition(id: "", term: "", text: "") }
    static let fields: [RecordField<Definition>] =
        [.required("id", \.id), .required("term", \.term), .required("text", \.text), .basis(\.basis)]
}

extension Milieu: PlanFileRecord {
    static let recordName = "a milieu"
    static var blank: Milieu { Milieu(id: "", name: "", kind: .movement) }
    static let fields: [RecordField<Milieu>] =
        [
            .required("id", \.id), .required("name", \.name), .required("kind", \.kind),
            .optional("description", \.description), .basis(\.basis),
        ]
}

extension Organization: PlanFileRecord {
    static let recordName = "an organization"
    static var blank: Organization { Organization(id: "", name: "", kind: .section) }
    static let fields: [RecordField<Organization>] =
        [
            .required("id", \.id), .required("name", \.name), .required("kind", \.kind),
            .optional("kindLabel", \.kindLabel), .optional("parent", \.parent), .optional("description", \.description),
            .list("contacts", \.contacts), .basis(\.basis),
        ]
}

extension ServiceUnit: PlanFileRecord {
    static let recordName = "a unit"
    static var blank: ServiceUnit { ServiceUnit(id: "", name: "", level: nil, functions: []) }
    static let fields: [RecordField<ServiceUnit>] =
        [
            .required("id", \.id), .required("name", \.name), .optional("shortName", \.shortName),
            .optional("department", \.department), .optional("level", \.level),
            .list("functions", \.functions), .optional("description", \.description),
            .list("targetGroups", \.targetGroups), .list("milieus", \.milieus), .list("contacts", \.contacts),
            .basis(\.basis),
        ]
}

extension TargetGroup: PlanFileRecord {
    static let recordName = "a target group"
    static var blank: TargetGroup { TargetGroup(description: "") }
    static let fields: [RecordField<TargetGroup>] =
        [.required("description", \.description), .optional("minAge", \.minAge), .optional("maxAge", \.maxAge)]
}

extension Contact: PlanFileRecord {
    static let recordName = "a contact"
    static var blank: Contact { Contact(kind: .other, value: "") }
    static let fields: [RecordField<Contact>] =
        [
            .required("kind", \.kind), .optional("label", \.label), .required("value", \.value),
            .defaulted("sensitive", \.sensitive, default: false),
        ]

    /// Sensitive contact details are left out unless the writer was asked to include them.
    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        guard !sensitive || options.includeSensitive else { return nil }
        let pairs = Self.fields.compactMap { field in field.encode(self, options).map { (field.key, $0) } }
        return .mapping(pairs)
    }
}

extension ExternalActor: PlanFileRecord {
    static let recordName = "an external actor"
    static var blank: ExternalActor { ExternalActor(id: "", name: "", kind: .other) }
    static let fields: [RecordField<ExternalActor>] =
        [
            .required("id", \.id), .required("name", \.name), .required("kind", \.kind),
            .optional("description", \.description), .list("contacts", \.contacts), .basis(\.basis),
        ]
}

extension Role: PlanFileRecord {
    static let recordName = "a role"
    static var blank: Role { Role(id: "", title: "") }
    static let fields: [RecordField<Role>] =
        [
            .required("id", \.id), .required("title", \.title), .defaulted("kind", \.kind, default: .post),
            .optional("organization", \.organization), .optional("description", \.description),
            .list("contacts", \.contacts), .defaulted("availability", \.availability, default: .always),
            .list("deputies", \.deputies), .optional("deputyAfterMinutes", \.deputyAfterMinutes),
            .optional("rota", \.rota), .basis(\.basis),
        ]
}

extension FocusArea: PlanFileRecord {
    static let recordName = "a focus area"
    static var blank: FocusArea { FocusArea(id: "", title: "") }
    static let fields: [RecordField<FocusArea>] =
        [
            .required("id", \.id), .optional("number", \.number), .optional("parent", \.parent),
            .required("title", \.title), .optional("goal", \.goal), .list("expectedEffects", \.expectedEffects),
            .list("indicators", \.indicators), .list("activities", \.activities), .basis(\.basis),
        ]
}

extension Indicator: PlanFileRecord {
    static let recordName = "an indicator"
    static var blank: Indicator { Indicator(id: "", name: "", kind: .count) }
    static let fields: [RecordField<Indicator>] =
        [
            .required("id", \.id), .required("name", \.name), .required("kind", \.kind), .optional("target", \.target),
            .optional("question", \.question), .list("measurements", \.measurements), .basis(\.basis),
        ]
}

extension Indicator.Measurement: PlanFileRecord {
    static let recordName = "a measurement"
    static var blank: Indicator.Measurement { Indicator.Measurement(date: PartialDate(year: 1), value: "") }
    static let fields: [RecordField<Indicator.Measurement>] =
        [
            .required("date", \.date), .required("value", \.value), .optional("source", \.source),
            .optional("note", \.note),
        ]
}

extension Activity: PlanFileRecord {
    static let recordName = "an activity"
    static var blank: Activity { Activity(id: "", title: "", responsible: [], starts: nil) }
    static let fields: [RecordField<Activity>] =
        [
            .required("id", \.id), .required("title", \.title), .optional("description", \.description),
            .list("responsible", \.responsible), .list("otherActors", \.otherActors),
            .optional("starts", \.starts), .optional("followUp", \.followUp), .list("statusLog", \.statusLog),
            .basis(\.basis),
        ]
}

extension StatusEntry: PlanFileRecord {
    static let recordName = "a status entry"
    static var blank: StatusEntry { StatusEntry(date: PartialDate(year: 1), status: .planned) }
    static let fields: [RecordField<StatusEntry>] =
        [
            .required("date", \.date), .required("status", \.status), .optional("note", \.note),
            .optional("by", \.by),
        ]
}

extension AlarmPath: PlanFileRecord {
    static let recordName = "an alarm path"
    static var blank: AlarmPath { AlarmPath(id: "", name: "") }
    static let fields: [RecordField<AlarmPath>] =
        [
            .required("id", \.id), .required("name", \.name), .optional("entry", \.entry),
            .optional("description", \.description), .optional("routine", \.routine),
            .list("steps", \.steps, required: true), .basis(\.basis),
        ]
}

extension AlarmStep: PlanFileRecord {
    static let recordName = "an alarm step"
    static var blank: AlarmStep { AlarmStep(id: "", kind: .receive, actor: "") }
    static let fields: [RecordField<AlarmStep>] =
        [
            .required("id", \.id), .required("kind", \.kind), .required("actor", \.actor),
            .optional("target", \.target), .list("after", \.after), .optional("join", \.join),
            .optional("when", \.condition),
            .list("options", \.options), .list("jointly", \.jointly), .list("handling", \.handling),
            .optional("repeat", \.repeatRule),
            .optional("targetMinutes", \.targetMinutes), .optional("text", \.text), .optional("note", \.note),
            .basis(\.basis),
        ]
}

extension StepCondition: PlanFileRecord {
    static let recordName = "a condition"
    static var blank: StepCondition { StepCondition() }
    static let fields: [RecordField<StepCondition>] =
        [
            .optional("classification", \.classification), .optional("officeHours", \.officeHours),
            .optional("decision", \.decision), .optional("outcome", \.outcome),
            .list(
                "anyOf", \.anyOf,
                emptyProblem: "'anyOf' lists no alternatives: list those of which one must hold (each a mapping"
                    + " of classification, officeHours, decision and outcome), or leave 'anyOf' out"),
        ]
}

extension StepCondition.Alternative: PlanFileRecord {
    static let recordName = "a condition alternative"
    static var blank: StepCondition.Alternative { StepCondition.Alternative() }
    static let fields: [RecordField<StepCondition.Alternative>] =
        [
            .optional("classification", \.classification), .optional("officeHours", \.officeHours),
            .optional("decision", \.decision), .optional("outcome", \.outcome),
        ]

    static func problem(withUnknownKey key: String) -> String? {
        key == "anyOf"
            ? "alternatives cannot nest: an alternative of 'anyOf' holds when every part it states holds and has"
                + " no 'anyOf' of its own; list every alternative in the one 'anyOf' of 'when'"
            : nil
    }
}

extension DecisionOption: PlanFileRecord {
    static let recordName = "a decision option"
    static var blank: DecisionOption { DecisionOption(id: "", label: "") }
    static let fields: [RecordField<DecisionOption>] =
        [.required("id", \.id), .required("label", \.label)]
}

extension StepRepeat: PlanFileRecord {
    static let recordName = "a repetition"
    static var blank: StepRepeat { StepRepeat() }
    static let fields: [RecordField<StepRepeat>] =
        [.optional("everyMinutes", \.everyMinutes), .defaulted("until", \.until, default: .eventEnd)]

    /// A repetition is written even when every key has its default: its presence is the meaning.
    func encode(_ options: PlanFileWriter.Options) -> PlanValue? {
        let pairs = Self.fields.compactMap { field in field.encode(self, options).map { (field.key, $0) } }
        return .mapping(pairs.isEmpty ? [("until", .string(until.rawValue))] : pairs)
    }
}

extension DutyRota: PlanFileRecord {
    static let recordName = "a rota"
    static var blank: DutyRota { DutyRota(id: "", name: "", starts: "", repeats: "", shiftLength: "") }
    static let fields: [RecordField<DutyRota>] =
        [
            .required("id", \.id), .required("name", \.name), .optional("description", \.description),
            .required("starts", \.starts), .required("repeats", \.repeats), .required("shiftLength", \.shiftLength),
            .list("exceptions", \.exceptions), .basis(\.basis),
        ]
}

extension RotaException: PlanFileRecord {
    static let recordName = "a rota exception"
    static var blank: RotaException { RotaException(from: "", to: "") }
    static let fields: [RecordField<RotaException>] =
        [
            .required("from", \.from), .required("to", \.to), .defaulted("covered", \.covered, default: false),
            .optional("note", \.note),
        ]
}

extension AlertRule: PlanFileRecord {
    static let recordName = "an alert rule"
    static var blank: AlertRule { AlertRule(id: "", reason: "") }
    static let fields: [RecordField<AlertRule>] =
        [
            .required("id", \.id), .list("status", \.status), .list("msgType", \.msgType), .list("scope", \.scope),
            .list("urgency", \.urgency), .list("severity", \.severity), .list("certainty", \.certainty),
            .list("category", \.category), .list("eventContains", \.eventContains),
            .optional("classification", \.classification), .optional("path", \.path), .required("reason", \.reason),
            .basis(\.basis),
        ]
}

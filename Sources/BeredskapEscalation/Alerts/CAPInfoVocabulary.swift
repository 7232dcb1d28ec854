/// The kind of event an alert is about (`<category>`); an `<info>` block has one or more.
public enum CAPCategory: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "category"

    /// Geophysical, including landslides (`Geo`).
    case geophysical = "Geo"
    /// Meteorological, including floods (`Met`).
    case meteorological = "Met"
    /// General emergency and public safety.
    case safety = "Safety"
    /// Law enforcement, military, homeland and local or private security.
    case security = "Security"
    /// Rescue and recovery.
    case rescue = "Rescue"
    /// Fire suppression and rescue.
    case fire = "Fire"
    /// Medical and public health.
    case health = "Health"
    /// Pollution and other environmental events (`Env`).
    case environmental = "Env"
    /// Public and private transportation.
    case transport = "Transport"
    /// Utility, telecommunication and other non-transport infrastructure (`Infra`).
    case infrastructure = "Infra"
    /// Chemical, biological, radiological, nuclear or high-yield explosive threat or attack.
    case cbrne = "CBRNE"
    /// Other events.
    case other = "Other"
}

/// The action the alert recommends (`<responseType>`).
public enum CAPResponseType: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "response type"

    /// Take shelter in place or per `<instruction>`.
    case shelter = "Shelter"
    /// Relocate as instructed.
    case evacuate = "Evacuate"
    /// Make preparations.
    case prepare = "Prepare"
    /// Execute a pre-planned activity.
    case execute = "Execute"
    /// Avoid the subject event.
    case avoid = "Avoid"
    /// Attend to information sources.
    case monitor = "Monitor"
    /// Evaluate the information in this message (not for public warnings).
    case assess = "Assess"
    /// The subject event no longer poses a threat.
    case allClear = "AllClear"
    /// No action recommended (`None`; named so it is never confused with `Optional.none`).
    case noAction = "None"
}

/// How soon to act (`<urgency>`).
public enum CAPUrgency: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "urgency"

    /// Responsive action should be taken immediately.
    case immediate = "Immediate"
    /// Responsive action should be taken soon, within the next hour.
    case expected = "Expected"
    /// Responsive action should be taken in the near future.
    case future = "Future"
    /// Responsive action is no longer required.
    case past = "Past"
    /// Urgency not known.
    case unknown = "Unknown"
}

/// How bad the event is (`<severity>`).
public enum CAPSeverity: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "severity"

    /// Extraordinary threat to life or property.
    case extreme = "Extreme"
    /// Significant threat to life or property.
    case severe = "Severe"
    /// Possible threat to life or property.
    case moderate = "Moderate"
    /// Minimal to no known threat to life or property.
    case minor = "Minor"
    /// Severity not known.
    case unknown = "Unknown"
}

/// How sure the sender is (`<certainty>`).
///
/// CAP 1.0's `Very Likely` is refused: CAP 1.2 keeps it only for backward compatibility and says it
/// must not be used; `Likely` means the same.
public enum CAPCertainty: String, CAPVocabulary {
    /// What a value is called in messages.
    public static let valueName = "certainty"

    /// Determined to have occurred or to be ongoing.
    case observed = "Observed"
    /// Likely (p > ~50%).
    case likely = "Likely"
    /// Possible but not likely (p <= ~50%).
    case possible = "Possible"
    /// Not expected to occur (p ~ 0).
    case unlikely = "Unlikely"
    /// Certainty not known.
    case unknown = "Unknown"
}

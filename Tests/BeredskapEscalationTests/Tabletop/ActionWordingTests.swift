import BeredskapEscalation
import BeredskapModel
import Testing

@Suite struct ActionWordingTests {
    @Test(arguments: [
        ("Informerade stadsdirektören", "informera stadsdirektören"),
        ("aktiverar POSOM-ledningen", "aktivera POSOM"),
        ("INFORMERAR STADSDIREKTOREN", "informera stadsdirektören"),
        ("ringde stadsdirektören och informerade om läget", "informera stadsdirektören"),
        (
            "Hänvisade reportern till stadens presstjänst och bekräftade att Socialjouren var på plats",
            "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats"
        ),
        ("called the city director to inform", "inform the city director"),
        // A key word of four letters is found at the start of a longer word.
        ("ringde polisen", "ring polisen"),
        ("lämnade inte ut namnen på drabbade till media", "lämnar inte namnen på drabbade till media"),
        // Of six key words, one ("stadens") may be missing.
        (
            "Hänvisade till presstjänsten och bekräftade att Socialjouren är på plats",
            "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats"
        ),
    ])
    func anActionInOtherWordsOfTheSameKindMatches(entered: String, expected: String) {
        #expect(ActionWording.matches(entered, expected: expected))
    }

    @Test(arguments: [
        ("ringde pressen", "aktivera POSOM"),
        // One key word of the expected action is missing.
        ("informerade stadsdirektören", "informera stadsdirektören och TIB-samordnaren"),
        // Of six key words, three are missing; one may be.
        (
            "hänvisade till stadens presstjänst",
            "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats"
        ),
        (
            "hänvisade till presstjänsten och bekräftade läget",
            "hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats"
        ),
        // A key word shorter than five letters must begin the entered word: "lugn" is not "olugn".
        ("aktiverar TIB olugn", "aktivera TIB lugn"),
        // A negation the expected action has cannot be one of the words that may be missing.
        ("lämnade namnen på drabbade till media", "lämnar inte namnen på drabbade till media"),
        // The entered word shares too few letters.
        ("aktuellt POSOM", "aktivera POSOM"),
        // The opposite action.
        ("aktiverar inte POSOM", "aktivera POSOM"),
        ("did not activate POSOM", "activate POSOM"),
        ("", "aktivera POSOM"),
    ])
    func aDifferentActionDoesNotMatch(entered: String, expected: String) {
        #expect(!ActionWording.matches(entered, expected: expected))
    }

    @Test func shortAndStopWordsOfTheExpectedActionAreNotRequired() {
        #expect(
            ActionWording.keyWords("hänvisar till stadens presstjänst och bekräftar att Socialjouren är på plats")
                == ["hanvisar", "stadens", "presstjanst", "bekraftar", "socialjouren", "plats"])
        #expect(
            ActionWording.keyWords("inform the city director about the situation") == [
                "inform", "city", "director", "situation",
            ])
        #expect(ActionWording.matches("Aktiverat POSOM", expected: "att aktivera POSOM"))
    }

    @Test func aNegationTheExpectedActionHasIsNoObstacle() {
        #expect(
            ActionWording.matches("beslutade att inte aktivera POSOM", expected: "beslutar att inte aktivera POSOM"))
    }

    @Test func anExpectedActionWithoutKeyWordsIsMatchedOnAllItsWords() {
        #expect(ActionWording.keyWords("gå ut").isEmpty)
        #expect(ActionWording.matches("Vi gå ut nu", expected: "gå ut"))
        #expect(!ActionWording.matches("stannar kvar", expected: "gå ut"))
        // Nothing expected in words: any action is it.
        #expect(ActionWording.matches("vad som helst", expected: " – "))
    }

    @Test func wordsAreFoldedAndSplitAtEverythingButLettersAndDigits() {
        #expect(
            ActionWording.words("Aktiverar POSOM-ledningen, kl. 03:15!") == [
                "aktiverar", "posom", "ledningen", "kl", "03", "15",
            ])
    }
}

@Suite struct PerformanceRatingTests {
    @Test(arguments: [
        ("P", PerformanceRating.performed), ("s", .someChallenges), (" M ", .majorChallenges), ("u", .unable),
        ("genomfört utan svårigheter", .performed), ("Genomfort med vissa svarigheter", .someChallenges),
        ("genomfört med stora svårigheter", .majorChallenges), ("kunde inte genomföras", .unable),
        ("performed with major challenges", .majorChallenges), ("Unable to be performed", .unable),
    ])
    func readsTheLetterOrItsMeaning(text: String, rating: PerformanceRating) {
        #expect(PerformanceRating(parsing: text) == rating)
    }

    @Test(arguments: ["", "X", "PS", "genomfört", "bra"])
    func refusesAnythingElse(text: String) {
        #expect(PerformanceRating(parsing: text) == nil)
    }
}

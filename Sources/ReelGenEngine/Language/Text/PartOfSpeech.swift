/// The WordNet parts of speech the parser looks words up in.
enum PartOfSpeech: String, CaseIterable, Hashable, Sendable {
    case noun, verb, adjective = "adj", adverb = "adv"
}

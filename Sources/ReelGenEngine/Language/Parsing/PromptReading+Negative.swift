extension PromptReading {
    /// The reading without what the negative prompt rules out; actions are re-pointed at the
    /// subjects that remain.
    func removing(_ negative: NegativeConcepts) -> PromptReading {
        var kept = self
        let keptIndices = subjects.indices.filter { negative.allows(subjects[$0]) }
        var newIndex: [Int: Int] = [:]
        for (position, old) in keptIndices.enumerated() { newIndex[old] = position }
        kept.subjects = keptIndices.map { subjects[$0] }
        kept.habitats = keptIndices.map { habitats[$0] }
        kept.clauses = clauses.map { clause in
            var clause = clause
            clause.actions = clause.actions.compactMap { action in
                newIndex[action.subject].map { SubjectAction(subject: $0, action: action.action, modifiers: action.modifiers) }
            }
            clause.mentionedSubjects = clause.mentionedSubjects.compactMap { newIndex[$0] }
            return clause
        }
        kept.relations = relations.compactMap { relation in
            guard let subject = newIndex[relation.subject], let object = newIndex[relation.object] else { return nil }
            return Relation(subject, relation.kind, object)
        }
        kept.features = features.filter { !negative.features.contains($0) }
        kept.weather = weather.filter { !negative.weather.contains($0) }
        return kept
    }
}

/// A word that orders clauses in time.
enum SequenceMarker: Hashable, Sendable {
    /// "then", "next", "finally": the clause after it comes later.
    case then
    /// "after X, Y": X comes first, in the clause it starts.
    case after
    /// "X before Y": Y comes after X.
    case before
    /// "while", "as": the clauses happen together.
    case meanwhile
}

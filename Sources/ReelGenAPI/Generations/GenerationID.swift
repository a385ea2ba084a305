import ReelGenJobs
import FoundationEssentials

/// Generation ids as clients see them: `<uuid>:<model as requested>`. Clients treat the
/// id as opaque; the retrieve routes accept it whole or as the bare uuid.
enum GenerationID {
    static func format(_ job: Job) -> String {
        "\(job.id.uuidString.lowercased()):\(job.publicModel)"
    }

    static func parse(_ text: String) -> UUID? {
        let uuidPart = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
        return UUID(uuidString: uuidPart)
    }
}

/// Where a job is in its life: `queued → generating → completed | error`.
public enum JobStatus: String, CaseIterable, Codable, Sendable {
    case queued
    case generating
    case completed
    case error
}

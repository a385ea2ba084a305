/// Absolute, signed download URLs for a job's files.
struct FileLinks: Sendable {
    /// Base of every URL, e.g. `http://localhost:8080` (no trailing slash).
    let publicURL: String
    let signer: URLSigner

    /// The URL of a file given relative to the output root (`<job id>/output.mp4`).
    func url(for relativePath: String) -> String {
        let path = "/files/\(relativePath)"
        return "\(publicURL)\(path)?\(signer.query(for: path))"
    }
}

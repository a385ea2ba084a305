import Foundation
import Testing

/// What `ffprobe -show_streams -show_format -of json` says about a file.
struct MediaProbe: Decodable {
    struct Stream: Decodable {
        var codec_name: String
        var pix_fmt: String?
        var width: Int?
        var height: Int?
        var r_frame_rate: String
        var nb_frames: String?
        var duration: String?
    }

    struct Format: Decodable {
        var format_name: String
        var duration: String?
    }

    var streams: [Stream]
    var format: Format

    /// Probes `path` with the real ffprobe on PATH.
    static func probe(_ path: String) throws -> MediaProbe {
        let output = try Tool.run("ffprobe", ["-v", "error", "-show_streams", "-show_format", "-of", "json", path])
        return try JSONDecoder().decode(MediaProbe.self, from: Data(output.standardOutput.utf8))
    }

    /// Decodes every frame of `path` with ffmpeg; returns what ffmpeg complained about (empty when clean).
    static func decodeErrors(_ path: String) throws -> String {
        let output = try Tool.run("ffmpeg", ["-v", "error", "-i", path, "-f", "null", "-"])
        return output.status == 0 ? output.standardError : "exit \(output.status): \(output.standardError)"
    }
}

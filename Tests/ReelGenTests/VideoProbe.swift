import Foundation

/// What `ffprobe` says about a video file.
struct VideoProbe {
    var codec: String
    var pixelFormat: String
    var width: Int
    var height: Int
    var frameRate: String
    var frames: Int
    var duration: Double

    init(path: String) throws {
        let output = try runCommand("ffprobe", ["-v", "error", "-select_streams", "v:0", "-count_packets", "-show_streams", "-show_format", "-of", "json", path])
        let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
        let stream = (json["streams"] as? [[String: Any]])?.first ?? [:]
        let format = json["format"] as? [String: Any] ?? [:]
        codec = stream["codec_name"] as? String ?? ""
        pixelFormat = stream["pix_fmt"] as? String ?? ""
        width = stream["width"] as? Int ?? 0
        height = stream["height"] as? Int ?? 0
        frameRate = stream["r_frame_rate"] as? String ?? ""
        frames = Int(stream["nb_read_packets"] as? String ?? "") ?? 0
        duration = Double(format["duration"] as? String ?? "") ?? 0
    }
}

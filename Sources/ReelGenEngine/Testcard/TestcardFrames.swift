/// The test card as a function of frame index: colour bars scrolling sideways, a hue
/// gradient and a grey ramp scrolling against each other, a bouncing square, a frame
/// counter and the prompt's first words.
///
/// The seed picks the palette's hue, the scroll speeds and the square's phase, so one
/// request always draws the same frames and another seed draws different ones. Every band
/// is a precomputed row rotated by the frame's offset, which makes a frame a few copies.
struct TestcardFrames: FrameSource {
    private static let barCount = 8

    private let size: FrameSize
    private let frameCount: Int
    private let seed: UInt32
    private let barsRow: [UInt8]
    private let gradientRow: [UInt8]
    private let rampRow: [UInt8]
    private let barsSpeed: Int
    private let gradientSpeed: Int
    private let squarePhase: Int
    private let labelLines: [[UInt8]]
    private let textScale: Int

    init(request: RenderRequest) {
        size = request.frameSize
        frameCount = request.frameCount
        seed = request.seed
        var random = Self.mixed(UInt64(request.seed))
        func nextRandom() -> UInt64 {
            random = Self.mixed(random)
            return random
        }
        let hue = Double(nextRandom() % 360)
        let width = size.width
        barsRow = Self.row(width: width) { x in
            let bar = x * Self.barCount / width
            if bar == Self.barCount - 1 { return SIMD3(16, 16, 16) }
            return Self.color(hue: hue + Double(bar) * 360 / Double(Self.barCount - 1), saturation: 0.8, value: 0.92)
        }
        gradientRow = Self.row(width: width) { x in
            Self.color(hue: hue + Double(x) * 360 / Double(width), saturation: 1, value: 1)
        }
        rampRow = Self.row(width: width) { x in
            let level = UInt8(x * 255 / max(1, width - 1))
            return SIMD3(level, level, level)
        }
        // At least one pixel a frame, about one frame width every 5 to 10 seconds.
        barsSpeed = max(1, width * Int(2 + nextRandom() % 3) / 480)
        gradientSpeed = -max(1, width * Int(3 + nextRandom() % 4) / 480)
        squarePhase = Int(nextRandom() % 1000)
        textScale = max(1, size.height / 120)
        labelLines = Self.label(request.prompt, charactersPerLine: max(1, (width - 4 * textScale) / (BitmapFont.advance * textScale)), lines: 2)
    }

    func render(frame index: Int, into image: inout RGBImage) {
        let width = size.width, height = size.height
        let barsBottom = height * 7 / 12
        let gradientBottom = height * 9 / 12
        let rampBottom = height * 10 / 12
        image.pixels.withUnsafeMutableBufferPointer { pixels in
            Self.fill(rows: 0..<barsBottom, with: barsRow, shiftedBy: index * barsSpeed, into: pixels, width: width)
            Self.fill(rows: barsBottom..<gradientBottom, with: gradientRow, shiftedBy: index * gradientSpeed, into: pixels, width: width)
            Self.fill(rows: gradientBottom..<rampBottom, with: rampRow, shiftedBy: -index * barsSpeed, into: pixels, width: width)
            BitmapFont.fill(x: 0, y: rampBottom, width: width, height: height - rampBottom, color: SIMD3(0, 0, 0), into: pixels, imageWidth: width, imageHeight: height)
            drawSquare(frame: index, barsBottom: barsBottom, into: pixels)
            drawCounter(frame: index, into: pixels)
            drawLabel(top: rampBottom, into: pixels)
        }
    }

    /// A white square bouncing across the bars, one crossing every two seconds.
    private func drawSquare(frame index: Int, barsBottom: Int, into pixels: UnsafeMutableBufferPointer<UInt8>) {
        let side = max(4, size.height / 8)
        let period = 2 * RenderRequest.framesPerSecond
        let phase = (index + squarePhase) % (2 * period)
        let travel = phase < period ? phase : 2 * period - phase
        let x = (size.width - side) * travel / period
        let y = (barsBottom - side) / 2 + (barsBottom - side) * ((index + squarePhase) % period) / (4 * period)
        BitmapFont.fill(x: x, y: y, width: side, height: side, color: SIMD3(250, 250, 250), into: pixels, imageWidth: size.width, imageHeight: size.height)
    }

    /// "0042/0120 seed 7" on a black plate at the top left.
    private func drawCounter(frame index: Int, into pixels: UnsafeMutableBufferPointer<UInt8>) {
        let text = Self.padded(index + 1) + "/" + Self.padded(frameCount) + " seed \(seed)"
        let codes = text.map(BitmapFont.code(for:))
        let margin = 2 * textScale
        let plateWidth = BitmapFont.textWidth(count: codes.count, scale: textScale) + 2 * margin
        let plateHeight = BitmapFont.glyphHeight * textScale + 2 * margin
        BitmapFont.fill(x: 0, y: 0, width: plateWidth, height: plateHeight, color: SIMD3(0, 0, 0), into: pixels, imageWidth: size.width, imageHeight: size.height)
        BitmapFont.draw(codes, x: margin, y: margin, scale: textScale, color: SIMD3(255, 255, 255), into: pixels, width: size.width, height: size.height)
    }

    /// The prompt's first words, centred on the black band at the bottom.
    private func drawLabel(top: Int, into pixels: UnsafeMutableBufferPointer<UInt8>) {
        let lineHeight = BitmapFont.lineHeight * textScale
        let bandHeight = size.height - top
        var y = top + max(0, (bandHeight - lineHeight * labelLines.count) / 2)
        for line in labelLines {
            let x = (size.width - BitmapFont.textWidth(count: line.count, scale: textScale)) / 2
            BitmapFont.draw(line, x: x, y: y, scale: textScale, color: SIMD3(255, 230, 120), into: pixels, width: size.width, height: size.height)
            y += lineHeight
        }
    }

    /// Copies `row` (one frame width of pixels) into every row of `rows`, rotated left by `shift` pixels.
    private static func fill(rows: Range<Int>, with row: [UInt8], shiftedBy shift: Int, into pixels: UnsafeMutableBufferPointer<UInt8>, width: Int) {
        guard let first = rows.first, let base = pixels.baseAddress else { return }
        let offset = ((shift % width) + width) % width
        let rowBytes = width * 3
        row.withUnsafeBufferPointer { source in
            guard let source = source.baseAddress else { return }
            let firstRow = base + first * rowBytes
            let tailBytes = (width - offset) * 3
            firstRow.update(from: source + offset * 3, count: tailBytes)
            firstRow.advanced(by: tailBytes).update(from: source, count: offset * 3)
            for line in rows.dropFirst() {
                (base + line * rowBytes).update(from: firstRow, count: rowBytes)
            }
        }
    }

    /// One row of pixels whose colour at column x is `color(x)`.
    private static func row(width: Int, color: (Int) -> SIMD3<UInt8>) -> [UInt8] {
        var row = [UInt8](repeating: 0, count: width * 3)
        for x in 0..<width {
            let pixel = color(x)
            row[3 * x] = pixel.x
            row[3 * x + 1] = pixel.y
            row[3 * x + 2] = pixel.z
        }
        return row
    }

    /// The prompt's words, as ASCII codes, filled into at most `lines` lines.
    private static func label(_ prompt: String, charactersPerLine: Int, lines: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var line: [UInt8] = []
        for word in prompt.split(whereSeparator: \.isWhitespace) {
            let codes = Array(word.map(BitmapFont.code(for:)).prefix(charactersPerLine))
            let needed = line.isEmpty ? codes.count : line.count + 1 + codes.count
            if needed <= charactersPerLine {
                if !line.isEmpty { line.append(UInt8(ascii: " ")) }
                line += codes
                continue
            }
            result.append(line)
            if result.count == lines { return result }
            line = codes
        }
        if !line.isEmpty { result.append(line) }
        return result
    }

    private static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// HSV to 8-bit RGB; `hue` in degrees, any range.
    private static func color(hue: Double, saturation: Double, value: Double) -> SIMD3<UInt8> {
        let h = (hue.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) / 60
        let sector = Int(h)
        let fraction = h - Double(sector)
        let p = value * (1 - saturation)
        let q = value * (1 - saturation * fraction)
        let t = value * (1 - saturation * (1 - fraction))
        let (r, g, b): (Double, Double, Double) = switch sector {
        case 0: (value, t, p)
        case 1: (q, value, p)
        case 2: (p, value, t)
        case 3: (p, q, value)
        case 4: (t, p, value)
        default: (value, p, q)
        }
        return SIMD3(UInt8(r * 255), UInt8(g * 255), UInt8(b * 255))
    }

    /// SplitMix64's finaliser: spreads a seed's bits so nearby seeds look unrelated.
    private static func mixed(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

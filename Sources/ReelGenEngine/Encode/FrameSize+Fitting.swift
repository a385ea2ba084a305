extension FrameSize {
    /// This size scaled down (never up) so its long side is at most `longSide`, keeping the
    /// aspect ratio and both sides even, as 4:2:0 encoders need.
    func fitted(longSide: Int) -> FrameSize {
        let long = max(width, height)
        guard long > longSide else { return self }
        func scaled(_ side: Int) -> Int { max(2, (side * longSide / long) & ~1) }
        return FrameSize(width: scaled(width), height: scaled(height))
    }
}

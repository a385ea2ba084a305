import ReelGenEngine

/// Every engine `make bench` measures. A new engine is one more line here.
func benchmarkedEngines(pool: RenderThreadPool) -> [any VideoEngine] {
    [
        TestcardEngine(pool: pool),
        CinematicEngine(pool: pool),
    ]
}

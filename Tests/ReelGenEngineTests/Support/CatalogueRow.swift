@testable import ReelGenEngine

/// The shipped catalogue's row called `name`.
func row(_ name: String) -> CatalogueEntry? {
    ConceptCatalogue.standard.entry(named: name)
}

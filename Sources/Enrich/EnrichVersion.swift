/// enrich's version, printed by `enrich --version`.
public enum EnrichVersion {
    public static let string = "0.1.0"
}

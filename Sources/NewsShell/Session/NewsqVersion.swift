/// newsq's version, as `--version` and the banner print it.
public enum NewsqVersion {
    public static let string = "0.1.0"
}

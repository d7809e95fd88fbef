package zhicheng.achievements;

/** One evidence file (佐证材料) of an archive row: its name, size and hash; the content is read on its own. */
public record Evidence(long id, String fileName, int size, String sha256) {}

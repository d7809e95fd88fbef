package zhicheng.process;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * A failure and the failures that caused it, outermost first: the engine wraps what a listener or the database threw
 * (in ProcessEngineException, in a Spring or MyBatis exception …), so whoever answers a person looks down the chain.
 * A throwable that names itself as its cause ends the chain.
 */
public final class Causes {

  private Causes() {}

  public static Stream<Throwable> of(Throwable thrown) {
    return Stream.iterate(thrown, c -> c != null, c -> c.getCause() == c ? null : c.getCause());
  }

  /** The outermost failure in the chain of {@code thrown} that is a {@code type}. */
  public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    return of(thrown).filter(type::isInstance).map(type::cast).findFirst();
  }
}

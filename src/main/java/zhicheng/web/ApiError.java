package zhicheng.web;

import java.util.List;

/** Every /api error: a Chinese message a person can act on, and the individual findings when there are several. */
public record ApiError(String error, List<String> findings) {

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}

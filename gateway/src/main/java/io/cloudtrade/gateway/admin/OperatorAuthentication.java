package io.cloudtrade.gateway.admin;

import io.cloudtrade.gateway.web.ApiRejection;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets through only requests carrying an operator's HTTP Basic credentials; anything else (no
 * header, a customer's session cookie, an AccessKey signature, a wrong password) is a 401 problem
 * {@code OperatorAuthenticationRequired} with a {@code WWW-Authenticate: Basic} challenge. The
 * operator's name is put in the request attribute {@link #OPERATOR}.
 */
public class OperatorAuthentication implements HandlerInterceptor {
  /** request attribute holding the authenticated operator's name */
  public static final String OPERATOR = "cloudtrade.admin.operator";
  /** the error code of a refused request */
  public static final String REQUIRED = "OperatorAuthenticationRequired";
  private static final Logger log = LoggerFactory.getLogger(OperatorAuthentication.class);

  private final AdminOperators operators;

  public OperatorAuthentication(AdminOperators operators) {
    this.operators = operators;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Optional<String> operator = credentials(request.getHeader("Authorization")).flatMap(c -> operators.authenticate(c[0], c[1]));
    if (operator.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"cloudtrade-admin\", charset=\"UTF-8\"");
      log.info("admin request {} {} refused: no valid operator credentials", request.getMethod(), request.getRequestURI());
      throw new ApiRejection(401, REQUIRED, "the admin API needs an operator's HTTP Basic credentials", List.of());
    }
    request.setAttribute(OPERATOR, operator.get());
    return true;
  }

  /** {name, password} from a Basic Authorization header. */
  static Optional<String[]> credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

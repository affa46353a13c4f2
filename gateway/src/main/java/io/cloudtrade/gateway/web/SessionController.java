package io.cloudtrade.gateway.web;

import io.cloudtrade.reseller.api.Caller;
import io.cloudtrade.reseller.api.IdentityService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in to and out of the buy page. */
@RestController
@RequestMapping("/api/session")
public class SessionController {
  private final IdentityService identities;

  public SessionController(IdentityService identities) {
    this.identities = identities;
  }

  /** Credentials of the buy page's sign-in form. */
  public record SignIn(String loginName, String password) {}

  @PostMapping
  public Map<String, String> signIn(@RequestBody SignIn body, HttpServletRequest request) {
    if (body == null || body.loginName() == null || body.password() == null) {
      throw new ApiRejection(400, "MissingParameter", "loginName and password are required", List.of());
    }
    var outcome = identities.login(body.loginName(), body.password());
    if (!outcome.isOk()) {
      throw new ApiRejection(401, outcome.code(), outcome.message(), List.of());
    }
    Caller c = outcome.value();
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate(); // a new session id at sign-in: no session fixation
    }
    SignedInAccount account = new SignedInAccount(c.getAccountId(), c.getName(), c.getIdentity());
    request.getSession(true).setAttribute(SignedInAccount.SESSION_KEY, account);
    return view(account);
  }

  @GetMapping
  public Map<String, String> current(HttpSession session) {
    return view(SignedInAccount.require(session));
  }

  @DeleteMapping
  public ResponseEntity<Void> signOut(HttpServletRequest request) {
    HttpSession s = request.getSession(false);
    if (s != null) {
      s.invalidate();
    }
    return ResponseEntity.noContent().build();
  }

  private static Map<String, String> view(SignedInAccount a) {
    return Map.of("accountId", Long.toString(a.accountId()), "name", a.name(), "identity", a.identity());
  }
}

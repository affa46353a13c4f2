package io.cloudtrade.gateway.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operators allowed on the admin API, from {@code cloudtrade.admin.operators} in gateway.yml:
 * each a name and a PBKDF2 password hash ({@link OperatorPasswords}). Customers' sign-ins and
 * AccessKeys are not operators and never pass.
 */
@ConfigurationProperties("cloudtrade.admin")
public class AdminOperators {
  private List<Operator> operators = new ArrayList<>();

  public List<Operator> getOperators() {
    return operators;
  }

  public void setOperators(List<Operator> operators) {
    this.operators = operators == null ? new ArrayList<>() : operators;
  }

  /** The operator with this name and password, if any. */
  public Optional<String> authenticate(String name, String password) {
    Optional<Operator> found = operators.stream().filter(o -> o.getName() != null && o.getName().equals(name)).findFirst();
    // hash even for an unknown name, so that timing does not tell which names exist
    boolean ok = OperatorPasswords.matches(password, found.map(Operator::getPasswordHash).orElse(UNKNOWN));
    return ok && found.isPresent() ? Optional.of(name) : Optional.empty();
  }

  private static final String UNKNOWN = "pbkdf2-sha256$" + OperatorPasswords.ITERATIONS + "$AAAAAAAAAAAAAAAAAAAAAA==$"
      + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  /** One operator. */
  public static class Operator {
    private String name;
    private String passwordHash;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPasswordHash() {
      return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
      this.passwordHash = passwordHash;
    }
  }
}

package io.github.rider.verification.theorem37;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.theory.RiderMeanFieldStep;
import io.github.rider.verification.theorem37.Theorem37Instance.Condition;
import io.github.rider.verification.theorem37.Theorem37Instance.RunStats;
import io.github.rider.verification.theorem37.Theorem37Instance.Stationary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pins the key numbers of docs/theorem-3.7.md (a counterexample to Theorem 3.7's bound (72)): the
 * instance is inside every assumption, the production RIDER keeps the invariant that fixes its
 * limit, the left side of (72) stays at G_p(P_inf)^2 and crosses the right side between K = 16 000
 * and K = 64 000 (closed form 3.56e4), the lemmas of App. E hold and the per-step descent (71)
 * fails at the stationary point. The simulated margins are thousands of standard errors wide, so
 * the seeded checks cannot fail by chance.
 */
class Theorem37DossierTest {

  private static final Theorem37Instance X = Theorem37Instance.smallest();
  /** The first K of the grid past the crossing, noise-free, shared by the tests. */
  private static final RunStats AFTER = X.run(64_000, 4, Theorem37Dossier.SEED, 0);

  @Test
  void theInstanceSatisfiesEveryConditionOfTheTheoremOnTheWholeGrid() {
    for (long k : Theorem37Dossier.grid(6)) {
      List<Condition> cs = X.conditions(k);
      assertThat(cs).hasSize(12);
      assertThat(cs).as("K = %d", k).allMatch(Condition::holds);
    }
    Theorem37Instance y = Theorem37Instance.startAtSymmetricPoint();
    assertThat(y.insideAssumptions(256_000)).isTrue();
  }

  @Test
  void productionRiderKeepsTheInvariantAndSettlesOnTheStationaryPoint() {
    Stationary st = X.stationary();
    assertThat(st.gp() * st.gp()).isBetween(0.00249, 0.00250);
    assertThat(Math.abs(st.p())).isLessThan(1e-4);
    RunStats r = AFTER;
    assertThat(r.invariant()).isLessThan(1e-15);
    assertThat(X.insideBoxes(r)).isTrue();
    assertThat(r.gpSqK()).isCloseTo(st.gp() * st.gp(), org.assertj.core.data.Offset.offset(2e-5));
    assertThat(r.lhs().mean()).isCloseTo(st.lhsLimit(), org.assertj.core.data.Offset.offset(2e-6));
  }

  @Test
  void theRightSideOf72CrossesTheLeftSideBetween16000And64000() {
    double kStar = Theorem37Dossier.predictedCrossing(X);
    assertThat(kStar).isBetween(3.4e4, 3.7e4);
    assertThat(Theorem37Dossier.checkK(X)).isEqualTo(64_000);
    RunStats before = X.run(16_000, 4, Theorem37Dossier.SEED, 0);
    RunStats after = AFTER;
    assertThat(before.exceeds()).isFalse();
    assertThat(before.lhs().mean()).isLessThan(0.7 * before.bound());
    assertThat(after.exceeds()).isTrue();
    assertThat(after.lhs().mean()).isGreaterThan(1.3 * after.bound());
  }

  @Test
  void discretisationNoiseDoesNotRemoveTheCrossing() {
    RunStats noisy = X.run(64_000, 4, Theorem37Dossier.SEED, 1e-4);
    assertThat(X.insideBoxes(noisy)).isTrue();
    assertThat(noisy.exceeds()).isTrue();
    RunStats pulsed = X.run(64_000, 4, Theorem37Dossier.SEED, Theorem37Instance.Discretisation.PULSED, 1e-4);
    assertThat(X.insideBoxes(pulsed)).isTrue();
    assertThat(pulsed.exceeds()).isTrue();
  }

  @Test
  void theLemmasHoldAndThePerStepDescent71FailsAtTheStationaryPoint() {
    List<ProofSteps.Step> steps = ProofSteps.at(X, 256_000);
    assertThat(steps).hasSize(5);
    for (ProofSteps.Step s : steps.subList(0, 3)) {
      assertThat(s.holds()).as(s.name()).isTrue();
      assertThat(s.rhs()).as("first-order right side of %s is positive there", s.name()).isPositive();
    }
    for (ProofSteps.Step s : steps.subList(3, 5)) {
      assertThat(s.holds()).as(s.name()).isFalse();
      assertThat(s.rhs()).isNegative();
      assertThat(s.lhs()).isGreaterThan(-0.01 * Math.abs(s.rhs()));
    }
  }

  /**
   * The stationary point (fixed-point iteration with the folded-normal mean) is at rest in the exact
   * one-step moments (truncated-normal integrals): every mean moves by less than 1e-9 of its one-step
   * standard deviation; and the production step is the recursion to rounding.
   */
  @Test
  void theStationaryPointIsAtRestInTheExactStepAndProductionIsTheRecursion() {
    long k = 64_000;
    RiderMeanFieldStep.StepMoments m = Theorem37Dossier.exactStepAtStationary(X, X.steps(k));
    Stationary st = X.stationary();
    assertThat(Math.abs(m.p().mean() - st.p())).isLessThan(1e-9 * m.p().sd());
    assertThat(Math.abs(m.q().mean() - st.p())).isLessThan(1e-9 * m.q().sd());
    assertThat(Math.abs(m.w().mean() - st.w())).isLessThan(1e-9 * m.w().sd());
    assertThat(m.p().sd()).isPositive();
    assertThat(Theorem37Dossier.noiseFreeTrajectoryError(Theorem37Instance.startAtSymmetricPoint(), k))
        .isLessThan(1e-12);
  }

  @Test
  void theCommittedDossierMatchesTheClosedFormNumbers() throws IOException {
    Path doc = Path.of("..", "docs", "theorem-3.7.md");
    assertThat(doc).exists();
    String text = Files.readString(doc);
    Stationary st = X.stationary();
    double kStar = Theorem37Dossier.predictedCrossing(X);
    assertThat(text).contains(String.format(Locale.ROOT, "%.4g", kStar));
    assertThat(text).contains(String.format(Locale.ROOT, "%.4g", st.gp() * st.gp()));
    assertThat(text).contains(String.format(Locale.ROOT, "c = %.4g", X.c()));
    assertThat(text).contains("is violated");
  }
}

package io.github.rider.verification.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rider.device.preset.DevicePresets;
import io.github.rider.device.spec.DeviceSpecJson;
import io.github.rider.verification.contract.CheckResult.Status;
import io.github.rider.verification.contract.DeviceContract.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract on every preset (nominal device), as `rider verify-device --preset NAME` runs it:
 * the ConstantStep presets have no unique SP (G = 0 for the nominal device) and fail; every other
 * preset passes; C.4 is not applicable above dw_min = 1/3. Also the JSON path (--spec).
 */
class PresetContractTest {

  private static final Options FAST = Options.DEFAULT.withReplicas(10);
  private static final List<String> NO_UNIQUE_SP = List.of("idealized", "gokmen-vlasov");

  @Test
  void presetsPassExceptConstantStepOnes() {
    for (String name : DevicePresets.names()) {
      ContractReport r = DeviceContract.check(DevicePresets.get(name), FAST);
      assertThat(r.passed()).as(name + "\n" + r.toTable()).isEqualTo(!NO_UNIQUE_SP.contains(name));
      if (NO_UNIQUE_SP.contains(name)) {
        assertThat(r.check(DeviceContract.SYMMETRIC_POINT).status()).isEqualTo(Status.FAIL);
        assertThat(r.check(DeviceContract.DEFINITION_C_1).status()).isEqualTo(Status.FAIL);
      }
    }
    assertThat(DeviceContract.check(DevicePresets.get("reram-array-hfo2"), FAST)
        .check(DeviceContract.THEOREM_C4).status()).isEqualTo(Status.NOT_APPLICABLE);
  }

  @Test
  void jsonSpecGivesTheSameReportAsTheSpec() {
    String json = DeviceSpecJson.toJson(DevicePresets.get("ecram"));
    ContractReport fromJson = DeviceContract.checkJson(json, FAST);
    ContractReport fromSpec = DeviceContract.check(DevicePresets.get("ecram"), FAST);
    assertThat(fromJson.toTable()).isEqualTo(fromSpec.toTable());
    assertThat(fromJson.toTable()).endsWith("RESULT: PASS" + System.lineSeparator());
  }
}

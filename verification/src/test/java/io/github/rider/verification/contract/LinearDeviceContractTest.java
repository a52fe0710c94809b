package io.github.rider.verification.contract;

import io.github.rider.device.response.LinearResponse;

/** The paper's linear device (eq. 103, alpha+ 1.2, alpha- 0.8) passes the whole contract. */
class LinearDeviceContractTest extends DeviceModelContractTest {

  @Override
  protected DeviceUnderTest device() {
    return DeviceUnderTest.of("paper linear (103)", new LinearResponse(1.2, 0.8, 1, 1), 1e-3);
  }
}

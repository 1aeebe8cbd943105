package dev.geobacter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchDeviceTest {
  @Test
  void aDeviceThatIsNotHereFailsSetupSayingWhatExists() {
    BenchDevice state = new BenchDevice();
    state.device = "no-such-device";
    var e = assertThrows(IllegalStateException.class, state::open);
    assertTrue(e.getMessage().startsWith("benchmark device 'no-such-device' is not present on this machine ("),
        e.getMessage());
    assertTrue(e.getMessage().contains("jvm"), "lists the devices that exist: " + e.getMessage());
    assertTrue(e.getMessage().endsWith("Choose devices with -p device=NAME[,NAME...]"), e.getMessage());
    assertThrows(IllegalStateException.class, state::get);
  }

  @Test
  void opensAndClosesThePresentDevice() {
    BenchDevice state = new BenchDevice();
    state.device = "jvm";
    state.open();
    var device = state.get();
    assertEquals("jvm", device.name());
    state.close();
    assertTrue(device.isClosed());
    assertThrows(IllegalStateException.class, state::get);
  }
}

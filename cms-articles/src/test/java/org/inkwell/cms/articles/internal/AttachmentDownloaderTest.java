package org.inkwell.cms.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentDownloaderTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
      "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"})
  void privateLoopbackAndLinkLocalAddressesAreInternal(String literal) throws UnknownHostException {
    assertThat(AttachmentDownloader.isInternal(InetAddress.getByName(literal))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
  void internetAddressesAreNot(String literal) throws UnknownHostException {
    assertThat(AttachmentDownloader.isInternal(InetAddress.getByName(literal))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://old.example/a.jpg", "gopher://old.example/", "jar:file:/a!/b", "/relative.jpg"})
  void onlyHttpAndHttpsAddressesAreDownloaded(String address) {
    assertThatThrownBy(() -> AttachmentDownloader.checked(address, address))
        .isInstanceOf(AttachmentDownloader.Failed.class)
        .hasMessage("only http and https addresses are downloaded");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://old.example/a.jpg", "HTTPS://old.example/wp-content/uploads/a.jpg"})
  void httpAndHttpsAddressesWithAHostAre(String address) {
    assertThat(AttachmentDownloader.checked(address, address).getHost()).isEqualTo("old.example");
  }

  @Test
  void internalHostsAreRefusedBeforeAnyConnectionUnlessAllowed() {
    AttachmentDownloader downloader = new AttachmentDownloader();
    downloader.maxBytes = 1024;
    assertThatThrownBy(() -> downloader.download("http://localhost:9/wp-content/uploads/a.jpg"))
        .isInstanceOf(AttachmentDownloader.Failed.class)
        .hasMessageStartingWith("the host localhost is a private, loopback or link-local address");
    downloader.allowPrivateHosts = true;
    // Allowed, it is tried: nothing listens on the discard port.
    assertThatThrownBy(() -> downloader.download("http://127.0.0.1:9/wp-content/uploads/a.jpg"))
        .isInstanceOf(AttachmentDownloader.Failed.class)
        .hasMessageStartingWith("the download failed: ");
  }

  @Test
  void aRedirectElsewhereNamesWhereItLed() {
    assertThatThrownBy(() -> AttachmentDownloader.checked("file:///etc/passwd", "https://old.example/a.jpg"))
        .hasMessage("redirected to file:///etc/passwd: only http and https addresses are downloaded");
    assertThatThrownBy(() -> AttachmentDownloader.checked("http:///a.jpg", "http:///a.jpg")).hasMessage("the address has no host");
  }
}

"""``lettercheck serve`` end to end: the real command, driven in headless Chromium as a
person would use it. Needs Debian's ``chromium`` and ``chromium-driver`` (.ci/run installs
them) and selenium; skips itself without them."""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from lettercheck.analysis import Linter

from conftest import CORPUS

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Chromium and its driver: apt-get install chromium chromium-driver",
)
HARSH_DOCX = CORPUS / "aanmaning_harsh_woonstichting.docx"
#: Loading a trained pipeline can take a while on a small machine.
START_TIMEOUT = 180


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    """``lettercheck serve`` on a port the system chooses; its first line names the address."""
    process = subprocess.Popen(
        [sys.executable, "-m", "lettercheck", "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        seen = []
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 1)
            if not ready:
                continue
            line = process.stdout.readline()
            if not line:
                break
            seen.append(line)
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            if found:
                yield found.group()
                return
        pytest.fail(f"lettercheck serve did not start: {''.join(seen)}")
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture()
def browser(tmp_path: Path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,900", "--lang=nl"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


def wait_for_download(folder: Path, name: str, timeout: float = 30) -> Path:
    """The downloaded file, once Chromium has finished writing it (it writes under other
    names first)."""
    path = folder / name
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and not any(p.name.endswith(".crdownload") for p in folder.iterdir()):
            return path
        time.sleep(0.2)
    raise AssertionError(f"{name} did not arrive; the folder holds {sorted(p.name for p in folder.iterdir())}")


def test_upload_a_docx_see_the_findings_and_download_the_annotated_copy(address, browser) -> None:
    browser.get(address)
    browser.find_element(By.ID, "bestand").send_keys(str(HARSH_DOCX))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].primary").click()
    status = WebDriverWait(browser, 60).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#melding .notice")))
    assert "Klaar." in status.text and HARSH_DOCX.name in status.text

    expected = Linter().check_paths([str(HARSH_DOCX)]).files[0]
    marks = browser.find_elements(By.CSS_SELECTOR, "mark[id]")
    assert len(marks) == sum(1 for f in expected.findings if f.start is not None)
    threat = next(f for f in expected.findings if f.rule == "THR-01")
    mark = next(m for m in marks if m.text == threat.text)
    note = browser.find_element(By.ID, mark.get_attribute("data-note"))
    assert threat.message in note.text and mark.is_displayed()

    browser.find_element(By.XPATH, "//button[contains(., 'Brief met opmerkingen')]").click()
    copy = wait_for_download(browser.downloads, "aanmaning_harsh_woonstichting-opmerkingen.docx")
    comments = [c.text for c in docx.Document(str(copy)).comments]
    assert any(threat.message in text for text in comments)
    assert len(comments) == len(expected.findings) + 1  # and one about the level


def test_dropping_a_file_on_the_page_chooses_it(address, browser) -> None:
    browser.get(address)
    browser.execute_script("""
        const file = new File(["Geachte heer,\\n\\nIndien u vragen heeft, belt u ons dan.\\n\\nHoogachtend"],
                              "gesleept.txt", {type: "text/plain"});
        const data = new DataTransfer();
        data.items.add(file);
        document.body.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true}));
    """)
    assert "gesleept.txt" in browser.find_element(By.ID, "melding").text
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].primary").click()
    WebDriverWait(browser, 60).until(ec.text_to_be_present_in_element((By.ID, "melding"), "Klaar."))
    assert "Indien" in [m.text for m in browser.find_elements(By.CSS_SELECTOR, "mark[id]")]


def test_a_too_large_file_is_refused_before_it_is_sent(address, browser, tmp_path) -> None:
    big = tmp_path / "groot.docx"
    big.write_bytes(os.urandom(11 * 1024 * 1024))
    browser.get(address)
    browser.find_element(By.ID, "bestand").send_keys(str(big))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].primary").click()
    message = browser.find_element(By.CSS_SELECTOR, "#melding .error-box")
    assert "te groot" in message.text
    assert browser.current_url == address  # nothing was sent


def press(browser, *keys: str) -> None:
    """Keys to whatever has the focus, as a keyboard would send them."""
    ActionChains(browser).send_keys(*keys).perform()


def test_the_keyboard_starts_at_the_result_and_the_skip_link_leads_there(address, browser) -> None:
    browser.get(address)
    browser.find_element(By.ID, "tekst").send_keys(
        "Geachte mevrouw,\n\nIndien u vragen heeft, belt u ons dan.\n\nHoogachtend,\nIncasso Noord")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].primary").click()
    WebDriverWait(browser, 60).until(ec.text_to_be_present_in_element((By.ID, "melding"), "Klaar."))
    press(browser, Keys.TAB)  # the page opens at the result: the keyboard starts there
    assert browser.switch_to.active_element.text == "Brief met opmerkingen (Word)"

    browser.execute_script("document.getElementById('bestand').focus()")
    ActionChains(browser).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    skip = browser.switch_to.active_element
    assert skip.text == "Naar de uitkomst" and skip.rect["y"] >= 0  # first, and shown when it has the focus
    press(browser, Keys.ENTER)
    press(browser, Keys.TAB)
    assert browser.switch_to.active_element.text == "Brief met opmerkingen (Word)"


def test_the_page_on_127_0_0_1_refuses_other_host_names(address) -> None:
    """A web site that points its own name at 127.0.0.1 (DNS rebinding) gets nothing."""
    with urllib.request.urlopen(address) as page:
        assert page.status == 200
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(urllib.request.Request(address, headers={"Host": "aanvaller.example"}))
    assert refused.value.code == 400

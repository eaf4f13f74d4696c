// The simulator at /simulator, as a guest: clicks drive the engine, undo and redo move through
// the history, the address restores a session, and bad input (a file, a link) changes nothing.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { encodeScenario } from "../lib/simulator/share";
import { waitForHydration } from "./support/hydrated";

async function open(page: Page, path = "/simulator") {
  await page.goto(path);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: "TCP simulator" })).toBeVisible();
}

const endpoint = (page: Page, side: "A" | "B"): Locator => page.getByRole("region", { name: `Endpoint ${side}` });
const inFlight = (page: Page): Locator => page.getByRole("region", { name: /^Segments in flight/ });
const stepLog = (page: Page): Locator => page.getByRole("region", { name: "Step log" });
const announcer = (page: Page): Locator => page.getByTestId("announcer");

async function click(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

async function handshake(page: Page) {
  await click(page, "Listen on B");
  await click(page, "Connect from A");
  await click(page, "Deliver segment 1");
  await click(page, "Deliver segment 2");
  await click(page, "Deliver segment 3");
}

test("the three-way handshake, clicked through, leaves both sides ESTABLISHED; undo and redo step through it", async ({ page }) => {
  await open(page);
  await expect(endpoint(page, "A")).toContainText("CLOSED");
  await expect(inFlight(page)).toContainText("Nothing is in flight.");

  await click(page, "Listen on B");
  await expect(endpoint(page, "B")).toContainText("LISTEN");
  await click(page, "Connect from A");
  await expect(inFlight(page)).toContainText("#1 A → B SYN seq=1000");
  await click(page, "Deliver segment 1");
  await expect(inFlight(page)).toContainText("#2 B → A SYN,ACK seq=5000 ack=1001");
  await click(page, "Deliver segment 2");
  await click(page, "Deliver segment 3");

  await expect(endpoint(page, "A")).toContainText("ESTABLISHED");
  await expect(endpoint(page, "B")).toContainText("ESTABLISHED");
  await expect(endpoint(page, "A").getByText("5001", { exact: true })).toBeVisible(); // RCV.NXT: B's ISN + 1
  await expect(inFlight(page)).toContainText("Nothing is in flight.");
  await expect(announcer(page)).toHaveText("Step 5: deliver #3 → B: ESTABLISHED");
  await expect(stepLog(page)).toContainText("deliver #2 → A: ESTABLISHED, sent #3 ACK seq=1001 ack=5001");
  await expect(page.getByRole("img", { name: /TCP state diagram/ })).toHaveAccessibleName(/A is in ESTABLISHED\. B is in ESTABLISHED\./);

  // Keyboard: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; never while typing in a field.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Control+z");
  await expect(endpoint(page, "B")).toContainText("SYN-RECEIVED");
  await expect(page.getByTestId("history-position")).toHaveText("Step 4 of 5");
  await expect(page.getByRole("button", { name: "Deliver segment 3" })).toBeVisible();
  await page.keyboard.press("Control+Shift+Z");
  await expect(endpoint(page, "B")).toContainText("ESTABLISHED");
  await page.getByRole("button", { name: "Undo" }).click();
  await page.keyboard.press("Control+y");
  await expect(page.getByTestId("history-position")).toHaveText("Step 5 of 5");

  const bytes = page.getByRole("spinbutton", { name: "Bytes for A to send" });
  await bytes.fill("250");
  await bytes.press("Control+z");
  await expect(page.getByTestId("history-position")).toHaveText("Step 5 of 5");
});

test("a dropped last ACK of the close makes B retransmit its FIN once the clock reaches the RTO", async ({ page }) => {
  await open(page);
  await page.getByRole("combobox", { name: "Preset scenario" }).selectOption({ label: "Three-way handshake" });
  await click(page, "Load preset");
  await expect(page.getByTestId("history-position")).toHaveText("Step 5 of 5");

  await click(page, "Close A");
  await click(page, "Deliver segment 4");
  await click(page, "Deliver segment 5");
  await click(page, "Close B");
  await click(page, "Deliver segment 6");
  await expect(endpoint(page, "A")).toContainText("TIME-WAIT");
  await expect(inFlight(page)).toContainText("#7 A → B ACK seq=1002 ack=5002");
  await click(page, "Drop segment 7");
  await expect(inFlight(page)).toContainText("Nothing is in flight.");
  const clock = page.getByRole("region", { name: "Clock" });
  await expect(clock).toContainText("B retransmits #6 FIN,ACK seq=5001 ack=1002");
  await expect(clock).toContainText("A leaves TIME-WAIT (2 MSL)");

  await click(page, "Wait for the next timer (+1 s)");
  await expect(clock).toContainText("t = 1 s");
  await expect(inFlight(page)).toContainText("#8 B → A FIN,ACK seq=5001 ack=1002");
  await expect(endpoint(page, "B")).toContainText("LAST-ACK");
  await expect(stepLog(page)).toContainText("wait 1 s → sent #8 FIN,ACK seq=5001 ack=1002");

  // A, still in TIME-WAIT, acknowledges the retransmitted FIN and B can close.
  await click(page, "Deliver segment 8");
  await click(page, "Deliver segment 9");
  await expect(endpoint(page, "B")).toContainText("CLOSED");
});

test("the address restores the same state, redo steps included, and ?scenario= links open too", async ({ page, browser }) => {
  await open(page);
  await handshake(page);
  await click(page, "Send 100 bytes from A");
  await page.getByRole("spinbutton", { name: "Bytes for B to send" }).fill("7");
  await click(page, "Send 7 bytes from B");
  await click(page, "Deliver segment 5");
  await click(page, "Undo");
  await expect(page).toHaveURL(/\/simulator\?s=[\w-]+&at=7$/);
  const url = page.url();
  const logText = await stepLog(page).innerText();
  const flightText = await inFlight(page).innerText();

  const other = await browser.newPage();
  await open(other, url);
  await expect(other.getByTestId("history-position")).toHaveText("Step 7 of 8");
  expect(await stepLog(other).innerText()).toBe(logText);
  expect(await inFlight(other).innerText()).toBe(flightText);
  await expect(endpoint(other, "A")).toContainText("ESTABLISHED");
  await expect(endpoint(other, "B").getByText("1001", { exact: true })).toBeVisible(); // RCV.NXT: A's 100 bytes not delivered yet
  await click(other, "Redo");
  await expect(other.getByTestId("history-position")).toHaveText("Step 8 of 8");
  await other.close();

  const param = encodeScenario({ title: "From a question", isn: { A: 10, B: 20 }, steps: [{ call: "connect", on: "A" }, { deliver: 1 }, { deliver: 2 }] });
  await open(page, `/simulator?scenario=${param}`);
  await expect(page.getByText("Loaded: From a question")).toBeVisible();
  await expect(endpoint(page, "A")).toContainText("CLOSED");
  await expect(stepLog(page)).toContainText("A: connection refused");
});

test("an invalid imported file or link is refused with a clear message and changes nothing", async ({ page }) => {
  await open(page);
  await click(page, "Listen on B");
  await page.getByLabel("Import a JSON file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        isn: { A: 1, B: 2 },
        steps: [
          { call: "listen", on: "B" },
          { call: "send", on: "A", bytes: 0 },
        ],
      }),
    ),
  });
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was loaded" });
  await expect(alert).toContainText("steps[1].bytes: must be at least 1");
  await expect(page.getByTestId("history-position")).toHaveText("Step 1 of 1");
  await expect(endpoint(page, "B")).toContainText("LISTEN");

  await page.getByLabel("Or paste a scenario (JSON)").fill('{"isn": {"A": 1}, "steps": []}');
  await click(page, "Load pasted JSON");
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was loaded" })).toContainText("isn.B");
  await expect(page.getByTestId("history-position")).toHaveText("Step 1 of 1");

  // A valid file loads, replacing the history.
  await page.getByLabel("Import a JSON file").setInputFiles({
    name: "good.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ isn: { A: 1, B: 2 }, steps: [{ call: "connect", on: "A" }] })),
  });
  await expect(page.getByText("Loaded: file good.json")).toBeVisible();
  await expect(endpoint(page, "A")).toContainText("SYN-SENT");
  await expect(endpoint(page, "B")).toContainText("CLOSED");

  await open(page, "/simulator?s=eyJpc24iOnsiQSI6");
  await expect(page.getByRole("alert").filter({ hasText: "This link does not hold a valid scenario" })).toBeVisible();
  await expect(page.getByTestId("history-position")).toHaveText("Step 0 of 0");
  await expect(endpoint(page, "A")).toContainText("CLOSED");
});

test("the settings switch on the engine's extensions: with B's MSS option at 536, A's 1200 bytes go as three segments", async ({ page }) => {
  await open(page);
  const settings = page.getByRole("region", { name: "Settings" });
  await settings.getByLabel("MSS option of B").fill("536");
  await settings.getByLabel("TIME-WAIT ignores RSTs (RFC 1337)").check();
  await settings.getByRole("button", { name: "Apply and replay" }).click();
  await handshake(page);
  await page.getByRole("spinbutton", { name: "Bytes for A to send" }).fill("1200");
  await click(page, "Send 1200 bytes from A");
  for (const id of [4, 5, 6]) await expect(page.getByRole("button", { name: `Deliver segment ${id}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Deliver segment 7" })).toHaveCount(0);
  await expect(settings.getByLabel("TIME-WAIT ignores RSTs (RFC 1337)")).toBeChecked();
  await settings.getByLabel("MSS option of B").fill("70000");
  await settings.getByRole("button", { name: "Apply and replay" }).click();
  await expect(settings.getByText("Enter a whole number from 1 to 65535, or leave it empty.")).toBeVisible();
});

import type { Side, TcpState } from "@/lib/tcp/types";

/**
 * Every word the state diagram shows or speaks: plain strings with `{name}` placeholders, English
 * by default, so a translated set can be passed from a server component to a client one.
 */
export interface StateDiagramLabels {
  sides: Record<Side, string>;
  diagramName: string;
  summary: string;
  current: string;
  lastTransition: string;
  scoresNote: string;
  /** Edge label by edgeKey(from, to); "\n" separates the event from the action. */
  edges: Record<string, string>;
  /** What the ⊗ stubs stand for. */
  stub: string;
  stubLegend: string;
  tableCaption: string;
  columnFrom: string;
  columnTo: string;
  columnEvent: string;
  columnScore: string;
  noData: string;
  legendTitle: string;
  states: Partial<Record<TcpState, string>>;
  /** Joints of the spoken summary, per language: "{first} {second}" and "{name}. {summary}" in English. */
  sentenceJoin: string;
  namedSummary: string;
}

export const DEFAULT_EDGE_TEXT: Record<string, string> = {
  "CLOSED>LISTEN": "passive OPEN",
  "LISTEN>CLOSED": "CLOSE",
  "CLOSED>SYN-SENT": "active OPEN\nsnd SYN",
  "SYN-SENT>CLOSED": "CLOSE",
  "LISTEN>SYN-RECEIVED": "rcv SYN\nsnd SYN,ACK",
  "SYN-RECEIVED>LISTEN": "rcv RST",
  "LISTEN>SYN-SENT": "SEND\nsnd SYN",
  "SYN-SENT>SYN-RECEIVED": "rcv SYN\nsnd SYN,ACK",
  "SYN-RECEIVED>ESTABLISHED": "rcv ACK of SYN",
  "SYN-SENT>ESTABLISHED": "rcv SYN,ACK\nsnd ACK",
  "SYN-RECEIVED>FIN-WAIT-1": "CLOSE\nsnd FIN",
  "ESTABLISHED>FIN-WAIT-1": "CLOSE\nsnd FIN",
  "ESTABLISHED>CLOSE-WAIT": "rcv FIN\nsnd ACK",
  "FIN-WAIT-1>FIN-WAIT-2": "rcv ACK\nof FIN",
  "FIN-WAIT-1>CLOSING": "rcv FIN\nsnd ACK",
  "FIN-WAIT-1>TIME-WAIT": "rcv FIN,ACK\nsnd ACK",
  "FIN-WAIT-2>TIME-WAIT": "rcv FIN\nsnd ACK",
  "CLOSE-WAIT>LAST-ACK": "CLOSE\nsnd FIN",
  "CLOSING>TIME-WAIT": "rcv ACK of FIN",
  "LAST-ACK>CLOSED": "rcv ACK of FIN",
  "TIME-WAIT>CLOSED": "timeout=2MSL",
};

export const DEFAULT_STATE_LABELS: StateDiagramLabels = {
  sides: { A: "A", B: "B" },
  diagramName: "TCP state diagram (RFC 9293, Figure 5)",
  summary: "The eleven TCP states and the transitions between them.",
  current: "{side} is in {state}.",
  lastTransition: "Last transition: {side} went from {from} to {to}.",
  scoresNote: "Each transition is coloured by its score, from red (0%) through amber to green (100%); the table that follows lists them.",
  edges: DEFAULT_EDGE_TEXT,
  stub: "abort, RST or time-out",
  stubLegend: "abort, RST or time-out → CLOSED",
  tableCaption: "Transitions of the TCP state diagram",
  columnFrom: "From",
  columnTo: "To",
  columnEvent: "Event / action",
  columnScore: "Score",
  noData: "no data",
  legendTitle: "Score",
  sentenceJoin: "{first} {second}",
  namedSummary: "{name}. {summary}",
  states: {},
};

export type StateLabelsInput = Partial<Omit<StateDiagramLabels, "sides" | "edges">> & {
  sides?: Partial<Record<Side, string>>;
  edges?: Record<string, string>;
};

export const mergeStateLabels = (labels: StateLabelsInput = {}): StateDiagramLabels => ({
  ...DEFAULT_STATE_LABELS,
  ...labels,
  sides: { ...DEFAULT_STATE_LABELS.sides, ...labels.sides },
  edges: { ...DEFAULT_EDGE_TEXT, ...labels.edges },
});

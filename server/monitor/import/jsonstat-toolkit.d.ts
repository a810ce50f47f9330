// jsonstat-toolkit ships no types; these cover the part of its API the importer reads.
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    label: string | null;
    unit: { label?: string; symbol?: string; decimals?: number } | null;
  }
  interface JsonStatDimension {
    id: string[];
    label: string | null;
    role: string | null;
    length: number;
    Category(index: number): JsonStatCategory | null;
  }
  interface JsonStatObject {
    class: 'dataset' | 'collection' | 'bundle' | 'dimension' | string;
    length: number;
    id: string[] | null;
    label: string | null;
    size: number[];
    value: unknown[] | null;
    status: unknown[] | string | null;
    role: { time: string[] | null; geo: string[] | null; metric: string[] | null } | null;
    n: number;
    Dimension(index: number): JsonStatDimension | null;
    Dataset(index: number): JsonStatObject | null;
  }
  export default function JSONstat(input: unknown): JsonStatObject;
}

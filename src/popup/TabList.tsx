// An accessible tab strip (role=tablist): arrow keys, Home and End move between tabs, with a
// roving tabindex so Tab leaves the strip; direction-aware for right-to-left layouts.
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

export interface TabListProps<K extends string> {
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  idPrefix: string;
}

export function TabList<K extends string>({ tabs, selected, onSelect, label, idPrefix }: TabListProps<K>): JSX.Element {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number): void => {
    const next = (index + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (tab === undefined) return;
    onSelect(tab.key);
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>): void => {
    const current = tabs.findIndex((t) => t.key === selected);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) move(current + 1);
    else if (event.key === backward) move(current - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(tabs.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <div role="tablist" aria-label={label} class="tablist" onKeyDown={onKeyDown}>
      {tabs.map((tab, i) => (
        <button
          key={tab.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.key}`}
          aria-selected={tab.key === selected}
          aria-controls={`${idPrefix}-panel-${tab.key}`}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

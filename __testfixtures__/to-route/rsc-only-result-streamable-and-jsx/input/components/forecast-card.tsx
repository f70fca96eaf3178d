export function ForecastCard({ city }: { city: string }) {
  return <div className="card">Forecast for {city}</div>;
}
